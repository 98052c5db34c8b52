package vn.gov.cantho.egov.identity.web;

import vn.gov.cantho.egov.identity.domain.CitizenRegistration;

/** What the registration page binds; the passwords are never sent back to the browser. */
public class RegistrationForm {

	private String fullName;
	private String idNumber;
	private String phone;
	private String email;
	private String username;
	private String password;
	private String passwordConfirmation;

	CitizenRegistration toRegistration() {
		return new CitizenRegistration(fullName, idNumber, phone, email, username, password,
				passwordConfirmation == null ? "" : passwordConfirmation);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
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

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}
}
