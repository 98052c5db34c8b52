package vn.gov.cantho.egov.identity.domain;

/** What an administrator types to create an official account with its first role and initial password. */
public record OfficialCreation(String fullName, String username, String password, String phone, String email,
		String agencyCode, String role) {

	@Override
	public String toString() {
		return "OfficialCreation[" + username + "@" + agencyCode + "]";
	}
}
