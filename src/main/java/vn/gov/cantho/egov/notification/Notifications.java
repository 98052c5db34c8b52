package vn.gov.cantho.egov.notification;

import java.util.Optional;

/** Queues messages in the outbox within the caller's transaction; delivery happens after commit, with retries. */
public interface Notifications {

	/**
	 * Renders the template in the request's language and queues the message. Must be called inside the transaction
	 * that makes the change the message is about, so that both commit or roll back together.
	 * @return the message's public reference, for tracking its delivery status
	 * @throws vn.gov.cantho.egov.shared.BusinessException {@code notification.unknown-template},
	 * {@code notification.missing-value} or {@code notification.invalid-recipient}
	 */
	String send(NotificationRequest request);

	/** @return the delivery state of the message with this reference, if there is one */
	Optional<NotificationStatus> status(String reference);
}
