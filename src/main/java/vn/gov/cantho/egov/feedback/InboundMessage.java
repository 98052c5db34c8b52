package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** A text message received by a messaging webhook (channel ZALO or FACEBOOK), with the platform's own ids. */
public record InboundMessage(FeedbackChannel channel, String senderId, String senderName, String messageId,
		String text, Instant sentAt) {
}
