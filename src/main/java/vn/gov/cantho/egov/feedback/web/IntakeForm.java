package vn.gov.cantho.egov.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the 1022 console binds: the caller's phone first, then an optional name, the content (with an optional short
 * title, else its first words), field with its extra questions, address and ward, the channel (HOTLINE or IN_PERSON) and whether the caller
 * agrees to publication. {@code key} is born with the form so that a double press saves one item.
 */
public class IntakeForm {

	private String key;
	private String phone;
	private String name;
	private String title;
	private String description;
	private String fieldCode;
	private Map<String, List<String>> attributes = new LinkedHashMap<>();
	private String address;
	private String unitCode;
	private String channel;
	private boolean publicAllowed;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
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

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public boolean isPublicAllowed() {
		return publicAllowed;
	}

	public void setPublicAllowed(boolean publicAllowed) {
		this.publicAllowed = publicAllowed;
	}
}
