package vn.gov.cantho.egov.notification;

import java.time.OffsetDateTime;

/**
 * The delivery state of one message, by its public reference. Carries no recipient and no text, so callers may show
 * it to whoever may see the reference.
 *
 * @param attempts how many times delivery was tried
 * @param lastError a short technical reason for the last failure, without personal data, or {@code null}
 * @param sentAt when the channel accepted the message, or {@code null} while it is not sent
 */
public record NotificationStatus(String reference, Channel channel, DeliveryStatus status, int attempts,
		String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
