package vn.gov.cantho.egov.health.testing;

/** Why a person asks for a test. */
public enum TestReason {
	SYMPTOMS, CONTACT, TRAVEL, EMPLOYER, SCREENING, OTHER
}
