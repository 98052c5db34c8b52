package vn.gov.cantho.egov.dossier.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the application form binds: the procedure's own fields by key ({@code values[key]}), the applicant's contact
 * details, the delivery choice and, at the counter, the channel. Files are not bound here: each arrives as its own
 * multipart part and is uploaded at once; {@link #getDocuments()} holds the names of the files already uploaded, by
 * document code, for display and so that errors can name {@code documents[code]}.
 */
public class ApplicationForm {

	private String key;
	private Map<String, String> values = new LinkedHashMap<>();
	private Map<String, String> documents = new LinkedHashMap<>();
	private String fullName;
	private String citizenId;
	private String phone;
	private String email;
	private String address;
	private String delivery;
	private String postalAddress;
	private String channel;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

	public Map<String, String> getDocuments() {
		return documents;
	}

	public void setDocuments(Map<String, String> documents) {
		this.documents = documents;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getCitizenId() {
		return citizenId;
	}

	public void setCitizenId(String citizenId) {
		this.citizenId = citizenId;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getDelivery() {
		return delivery;
	}

	public void setDelivery(String delivery) {
		this.delivery = delivery;
	}

	public String getPostalAddress() {
		return postalAddress;
	}

	public void setPostalAddress(String postalAddress) {
		this.postalAddress = postalAddress;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}
}
