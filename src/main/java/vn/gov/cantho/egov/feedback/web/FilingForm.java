package vn.gov.cantho.egov.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the filing form binds. {@code key} is born with the form and makes every repeat of its submission one item.
 * The pin is typed or set by the map as text, so that a mistyped number comes back as it was with its error.
 * {@code photos} are the files posted now; {@code photoIds} those uploaded by an earlier post of the same form (still
 * ticked), with their names in {@code photoNames}. {@code attributes} answers the chosen field's extra questions.
 */
public class FilingForm {

	private String key;
	private String title;
	private String description;
	private String fieldCode;
	private Map<String, List<String>> attributes = new LinkedHashMap<>();
	private String latitude;
	private String longitude;
	private String address;
	private String unitCode;
	private List<MultipartFile> photos = new ArrayList<>();
	private List<String> photoIds = new ArrayList<>();
	private Map<String, String> photoNames = new LinkedHashMap<>();
	private String name;
	private String phone;
	private String email;
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

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
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

	public List<MultipartFile> getPhotos() {
		return photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

	public List<String> getPhotoIds() {
		return photoIds;
	}

	public void setPhotoIds(List<String> photoIds) {
		this.photoIds = photoIds;
	}

	public Map<String, String> getPhotoNames() {
		return photoNames;
	}

	public void setPhotoNames(Map<String, String> photoNames) {
		this.photoNames = photoNames;
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

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isPublicAllowed() {
		return publicAllowed;
	}

	public void setPublicAllowed(boolean publicAllowed) {
		this.publicAllowed = publicAllowed;
	}
}
