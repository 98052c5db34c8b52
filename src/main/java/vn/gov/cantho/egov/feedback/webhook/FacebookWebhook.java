package vn.gov.cantho.egov.feedback.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.InboundMessage;

/**
 * The city's Facebook Page, through the Messenger Platform webhook. GET is Meta's subscription handshake; POST
 * carries batched events signed with the app secret (X-Hub-Signature-256 over the raw body), checked before anything
 * is stored. Text messages are filed or appended; a message with only attachments gets a one-time notice that only
 * text is taken; the Page's own messages (echoes), deliveries, reads and postbacks are acknowledged and ignored.
 */
@RestController
@Tag(name = "Feedback webhooks", description = "Tin nhắn Zalo OA và Facebook Page gửi tới đường dây 1022")
@SecurityRequirements
class FacebookWebhook {

	static final String PATH = "/api/v1/feedback/webhooks/facebook";
	/** Meta sends a number; anything else is not its handshake and is not echoed back. */
	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_\\-]{1,200}");
	private static final Logger log = LoggerFactory.getLogger(FacebookWebhook.class);

	private final FacebookWebhookProperties settings;
	private final PlatformEvents events;
	private final Clock clock;

	FacebookWebhook(FacebookWebhookProperties settings, PlatformEvents events, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping(PATH)
	@Operation(summary = "Subscription handshake (called by Meta)",
			description = "Echoes hub.challenge as text when hub.mode is subscribe and hub.verify_token is ours; "
					+ "403 feedback.webhook.verify-token otherwise.")
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		boolean ours = !settings.verifyToken().isBlank() && token != null && MessageDigest
			.isEqual(token.getBytes(StandardCharsets.UTF_8), settings.verifyToken().getBytes(StandardCharsets.UTF_8));
		if (!"subscribe".equals(mode) || !ours || challenge == null || !CHALLENGE.matcher(challenge).matches()) {
			throw WebhookRejected.verifyToken();
		}
		log.info("Facebook webhook subscription verified");
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
	}

	@PostMapping(PATH)
	@Operation(summary = "Messenger events of the city's Page (called by Meta)",
			description = "401 feedback.webhook.signature without a valid X-Hub-Signature-256; nothing is stored then.")
	ResponseEntity<String> receive(@RequestHeader(name = Signatures.FACEBOOK_HEADER, required = false) String signature,
			HttpServletRequest request) throws IOException {
		if (!settings.configured()) {
			log.warn("Facebook event refused: egov.feedback.facebook.app-secret is not set");
			throw WebhookRejected.notConfigured();
		}
		byte[] body = RawBody.read(request);
		if (!Signatures.matches(signature, Signatures.facebook(body, settings.appSecret()))) {
			throw WebhookRejected.badSignature();
		}
		JsonNode delivery = events.parse(body);
		if ("page".equals(delivery.path("object").asString(""))) {
			for (JsonNode entry : delivery.path("entry")) {
				for (JsonNode messaging : entry.path("messaging")) {
					take(messaging);
				}
			}
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED");
	}

	private void take(JsonNode messaging) {
		JsonNode message = messaging.path("message");
		if (!message.isObject() || message.path("is_echo").asBoolean(false)) {
			return;
		}
		String sender = messaging.path("sender").path("id").asString("");
		String messageId = PlatformEvents.messageId(message.path("mid").asString(""));
		if (sender.isBlank() || messageId.isBlank()) {
			return;
		}
		String text = message.path("text").asString("");
		if (!text.isBlank()) {
			long millis = messaging.path("timestamp").asLong(0);
			Instant sentAt = millis > 0 ? Instant.ofEpochMilli(millis) : clock.instant();
			events.text(new InboundMessage(FeedbackChannel.FACEBOOK, sender, null, messageId, text, sentAt));
		}
		else {
			events.notText(FeedbackChannel.FACEBOOK, sender, messageId);
		}
	}
}
