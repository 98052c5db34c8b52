package vn.gov.cantho.egov.feedback;

/** Why an item was closed without handling. */
public enum RejectReason {
	SPAM, OUT_OF_SCOPE
}
