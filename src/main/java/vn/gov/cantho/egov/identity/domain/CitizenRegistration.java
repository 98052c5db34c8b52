package vn.gov.cantho.egov.identity.domain;

/**
 * What a citizen types to register. {@code passwordConfirmation} may be null for API clients, which confirm on their
 * own side; the page always sends it.
 */
public record CitizenRegistration(String fullName, String idNumber, String phone, String email, String username,
		String password, String passwordConfirmation) {

	@Override
	public String toString() {
		return "CitizenRegistration[" + username + "]";
	}
}
