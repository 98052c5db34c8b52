package vn.gov.cantho.egov.identity;

/** A citizen registered or an administrator created an official account. {@code agencyCode} is null for citizens. */
public record AccountRegistered(String username, AccountKind kind, String agencyCode) {
}
