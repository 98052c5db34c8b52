package vn.gov.cantho.egov.identity;

/** The account's owner changed his password, in {@code language} (vi or en); he is told, in case it was not him. */
public record PasswordChanged(String username, String language) {
}
