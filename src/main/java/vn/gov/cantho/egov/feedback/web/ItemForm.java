package vn.gov.cantho.egov.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public filing form and the 1022 console both bind: {@code key}, born with the form, makes every repeat of
 * its submission one item; then the content, the field with its answers, the place and the reporter.
 */
public abstract class ItemForm {

	private String key;
	private String title;
	private String description;
	private String fieldCode;
	private Map<String, List<String>> attributes = new LinkedHashMap<>();
	private String address;
	private String unitCode;
	private String name;
	private String phone;
	private boolean publicAllowed;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getFieldCode() {
		return fieldCode;
	}

	public void setFieldCode(String fieldCode) {
		this.fieldCode = fieldCode;
	}

	public Map<String, List<String>> getAttributes() {
		return attributes;
	}

	public void setAttributes(Map<String, List<String>> attributes) {
		this.attributes = attributes;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isPublicAllowed() {
		return publicAllowed;
	}

	public void setPublicAllowed(boolean publicAllowed) {
		this.publicAllowed = publicAllowed;
	}
}
