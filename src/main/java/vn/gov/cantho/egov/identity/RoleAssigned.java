package vn.gov.cantho.egov.identity;

/** A role was given to an account. */
public record RoleAssigned(String username, String role) {
}
