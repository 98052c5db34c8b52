package vn.gov.cantho.egov.notification;

/** Where a message is in its delivery: waiting, being sent by a node now, delivered, or given up. */
public enum DeliveryStatus {
	PENDING, SENDING, SENT, FAILED
}
