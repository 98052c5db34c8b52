package vn.gov.cantho.egov.identity;

/** A role was taken from an account. */
public record RoleRevoked(String username, String role) {
}
