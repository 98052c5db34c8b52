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
public class FilingForm extends ItemForm {

	private String latitude;
	private String longitude;
	private List<MultipartFile> photos = new ArrayList<>();
	private List<String> photoIds = new ArrayList<>();
	private Map<String, String> photoNames = new LinkedHashMap<>();
	private String email;

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

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
