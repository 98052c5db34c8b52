package vn.gov.cantho.egov.identity;

/** The account's owner changed his password (other modules may e.g. notify him). */
public record PasswordChanged(String username) {
}
