package vn.gov.cantho.egov.health.testing;

/** A laboratory result. INVALID means the sample could not be read and the person should be tested again. */
public enum TestOutcome {
	POSITIVE, NEGATIVE, INVALID
}
