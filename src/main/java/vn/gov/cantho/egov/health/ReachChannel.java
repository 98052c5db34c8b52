package vn.gov.cantho.egov.health;

/** How the tracing team reached a contact: a call, a text message, or a visit at home. */
public enum ReachChannel {
	PHONE, SMS, VISIT
}
