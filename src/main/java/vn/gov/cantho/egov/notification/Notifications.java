package vn.gov.cantho.egov.notification;

/** Queues messages in the outbox within the caller's transaction; delivery happens after commit, with retries. */
public interface Notifications {

	/** @return the message's public reference, for tracking its delivery status */
	String send(NotificationRequest request);
}
