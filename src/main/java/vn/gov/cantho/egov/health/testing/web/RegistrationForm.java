package vn.gov.cantho.egov.health.testing.web;

/** The citizen's registration form: site, day and slot, reason, who is tested and how to reach them. */
public class RegistrationForm {

	private String siteCode;
	private String day;
	private String slotStartsAt;
	private String reason;
	private String fullName;
	private String dateOfBirth;
	private String phone;
	private String email;

	public String getSiteCode() {
		return siteCode;
	}

	public void setSiteCode(String siteCode) {
		this.siteCode = siteCode;
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getSlotStartsAt() {
		return slotStartsAt;
	}

	public void setSlotStartsAt(String slotStartsAt) {
		this.slotStartsAt = slotStartsAt;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(String dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
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
}
