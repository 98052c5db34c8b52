package vn.gov.cantho.egov.health.testing.web;

/** The public result lookup: registration code and date of birth. */
public class LookupForm {

	private String code;
	private String dateOfBirth;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(String dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}
}
