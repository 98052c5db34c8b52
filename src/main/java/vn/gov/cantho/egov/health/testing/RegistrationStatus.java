package vn.gov.cantho.egov.health.testing;

/** Where a registration is: booked for a slot, cancelled by the citizen, sampled, or with its result. */
public enum RegistrationStatus {
	BOOKED, CANCELLED, SAMPLED, RESULTED
}
