package vn.gov.cantho.egov.feedback.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.InboundMessage;

/**
 * Zalo Official Account events. Each is checked before anything is stored: our app id, the X-ZEvent-Signature over
 * the raw body, and the event's age. A text message from a person (user_send_text) is filed or appended; other
 * messages a person sends (photo, sticker, file, location ...) get a one-time notice that only text is taken; every
 * other event is acknowledged and ignored. Zalo retries an event that did not get 200 within two seconds.
 */
@RestController
@Tag(name = "Feedback webhooks", description = "Tin nhắn Zalo OA và Facebook Page gửi tới đường dây 1022")
@SecurityRequirements
class ZaloWebhook {

	static final String PATH = "/api/v1/feedback/webhooks/zalo";
	/** Zalo's clock and ours may differ a little; an event from further in the future is not genuine. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
	private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

	private final ZaloWebhookProperties settings;
	private final PlatformEvents events;
	private final Clock clock;

	ZaloWebhook(ZaloWebhookProperties settings, PlatformEvents events, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@PostMapping(PATH)
	@Operation(summary = "Zalo Official Account event (called by Zalo)",
			description = "401 feedback.webhook.signature without a valid X-ZEvent-Signature, 403 feedback.webhook.app "
					+ "for another app, 401 feedback.webhook.stale for an old event; nothing is stored then.")
	ResponseEntity<Void> receive(@RequestHeader(name = Signatures.ZALO_HEADER, required = false) String signature,
			HttpServletRequest request) throws IOException {
		if (!settings.configured()) {
			log.warn("Zalo event refused: egov.feedback.zalo.app-id or oa-secret is not set");
			throw WebhookRejected.notConfigured();
		}
		byte[] body = RawBody.read(request);
		if (signature == null || signature.isBlank()) {
			throw WebhookRejected.badSignature();
		}
		JsonNode event = events.parse(body);
		if (!settings.appId().equals(event.path("app_id").asString(""))) {
			throw WebhookRejected.otherApp();
		}
		String timestamp = event.path("timestamp").asString("");
		if (!Signatures.matches(signature, Signatures.zalo(settings.appId(), body, timestamp, settings.oaSecret()))) {
			throw WebhookRejected.badSignature();
		}
		Instant sentAt = fresh(timestamp);
		take(event, sentAt);
		return ResponseEntity.ok().build();
	}

	/** The event's own time (milliseconds since the epoch), if within the accepted window. */
	private Instant fresh(String timestamp) {
		Instant sentAt;
		try {
			sentAt = Instant.ofEpochMilli(Long.parseLong(timestamp.trim()));
		}
		catch (NumberFormatException e) {
			throw WebhookRejected.stale();
		}
		Instant now = clock.instant();
		if (sentAt.isBefore(now.minus(settings.maxAge())) || sentAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw WebhookRejected.stale();
		}
		return sentAt;
	}

	private void take(JsonNode event, Instant sentAt) {
		String name = event.path("event_name").asString("");
		if (!name.startsWith("user_send_")) {
			return;
		}
		String sender = event.path("sender").path("id").asString("");
		String messageId = PlatformEvents.messageId(event.path("message").path("msg_id").asString(""));
		if (sender.isBlank() || messageId.isBlank()) {
			return;
		}
		String text = event.path("message").path("text").asString("");
		if ("user_send_text".equals(name) && !text.isBlank()) {
			events.text(new InboundMessage(FeedbackChannel.ZALO, sender, null, messageId, text, sentAt));
		}
		else {
			events.notText(FeedbackChannel.ZALO, sender, messageId);
		}
	}
}
