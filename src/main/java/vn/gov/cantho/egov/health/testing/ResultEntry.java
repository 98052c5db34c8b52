package vn.gov.cantho.egov.health.testing;

/**
 * A laboratory result for a registration or sample code. For a correction, {@code reason} says why the result
 * entered before was wrong; it is not used for a first entry.
 */
public record ResultEntry(String code, TestOutcome outcome, String labName, String reason) {
}
