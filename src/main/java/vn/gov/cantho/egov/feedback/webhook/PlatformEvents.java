package vn.gov.cantho.egov.feedback.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.InboundMessage;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What both webhooks share once a request is verified: reading the event, and handing each message to
 * {@link ConversationIntake}. A message the feedback module refuses by its rules (flooding, an empty or oversized
 * text) is logged by code and acknowledged to the platform all the same: sending it again would be refused again.
 * Any other failure reaches the platform as a 5xx, so that it retries later; retries are idempotent.
 */
@Component
class PlatformEvents {

	/** Column size of message ids in the feedback module. */
	static final int MAX_ID = 100;
	private static final Logger log = LoggerFactory.getLogger(PlatformEvents.class);

	private final JsonMapper json;
	private final ConversationIntake intake;

	PlatformEvents(JsonMapper json, ConversationIntake intake) {
		this.json = json;
		this.intake = intake;
	}

	/** The event as a tree, for reading a few fields; the raw bytes stay what the signature was checked over. */
	JsonNode parse(byte[] body) {
		try {
			JsonNode event = json.readTree(body);
			if (event == null || !event.isObject()) {
				throw WebhookRejected.unreadable();
			}
			return event;
		}
		catch (JacksonException e) {
			throw WebhookRejected.unreadable();
		}
	}

	void text(InboundMessage message) {
		try {
			intake.text(message);
		}
		catch (BusinessException e) {
			log.info("{} message not taken: {}", message.channel(), e.code());
		}
	}

	void notText(FeedbackChannel channel, String senderId, String messageId) {
		try {
			intake.notText(channel, senderId, messageId);
		}
		catch (BusinessException e) {
			log.info("{} notice not sent: {}", channel, e.code());
		}
	}

	/**
	 * A platform's message id as stored: as given when it fits the column, else its SHA-256 in hex with a prefix, the
	 * same for every retry of the message, so that deduplication still works.
	 */
	static String messageId(String platformId) {
		if (platformId.length() <= MAX_ID) {
			return platformId;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(platformId.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
