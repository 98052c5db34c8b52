package vn.gov.cantho.egov.identity.web;

import vn.gov.cantho.egov.identity.domain.OfficialCreation;

/** The administrator's form for a new official; the initial password is never sent back to the browser. */
public class OfficialForm {

	private String fullName;
	private String username;
	private String password;
	private String phone;
	private String email;
	private String agencyCode;
	private String role;

	OfficialCreation toCreation() {
		return new OfficialCreation(fullName, username, password, phone, email, agencyCode, role);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
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

	public String getAgencyCode() {
		return agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}
}
