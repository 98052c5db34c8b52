package vn.gov.cantho.egov.identity;

/**
 * A citizen registered or an administrator created an official account. {@code agencyCode} is null for citizens;
 * {@code language} is the language the person used (vi or en), for messages sent to them.
 */
public record AccountRegistered(String username, AccountKind kind, String agencyCode, String language) {
}
