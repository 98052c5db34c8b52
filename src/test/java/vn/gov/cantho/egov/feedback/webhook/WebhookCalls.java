package vn.gov.cantho.egov.feedback.webhook;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Builds, signs and posts platform events as Zalo and Meta do, with the test profile's secrets (application-test.yml).
 * Signatures are computed here with the JDK's crypto directly, independently of the code under test.
 */
final class WebhookCalls {

	static final String ZALO_APP = "test-zalo-app-id";
	static final String ZALO_SECRET = "test-zalo-oa-secret";
	static final String FACEBOOK_SECRET = "test-facebook-app-secret";
	static final String VERIFY_TOKEN = "test-facebook-verify-token";

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	WebhookCalls(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** A platform user id no other test uses. */
	static String newUserId() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_000_000_000_000_000_000L));
	}

	static String newMessageId() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(System.nanoTime());
	}

	static String zaloText(String appId, String sender, String messageId, String text, Instant at) {
		return """
				{"app_id":"%s","user_id_by_app":"55217727","event_name":"user_send_text","timestamp":"%d",\
				"sender":{"id":"%s"},"recipient":{"id":"388613280878808645"},"message":{"text":"%s","msg_id":"%s"}}"""
			.formatted(appId, at.toEpochMilli(), sender, text, messageId);
	}

	static String zaloEvent(String eventName, String sender, String messageId, Instant at) {
		return """
				{"app_id":"%s","event_name":"%s","timestamp":"%d","sender":{"id":"%s"},\
				"recipient":{"id":"388613280878808645"},"message":{"msg_id":"%s","attachments":[{"type":"image",\
				"payload":{"url":"https://example.invalid/p.jpg"}}]}}"""
			.formatted(ZALO_APP, eventName, at.toEpochMilli(), sender, messageId);
	}

	static String zaloMac(String appId, String body, Instant at, String secret) throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		byte[] digest = sha256.digest((appId + body + at.toEpochMilli() + secret).getBytes(StandardCharsets.UTF_8));
		return "mac=" + HexFormat.of().formatHex(digest);
	}

	static String facebookText(String sender, String messageId, String text) {
		return facebook(messaging(sender, "\"mid\":\"%s\",\"text\":\"%s\"".formatted(messageId, text)));
	}

	static String messaging(String sender, String messageFields) {
		return """
				{"sender":{"id":"%s"},"recipient":{"id":"106539908"},"timestamp":%d,"message":{%s}}"""
			.formatted(sender, Instant.now().toEpochMilli(), messageFields);
	}

	static String facebook(String... messaging) {
		return """
				{"object":"page","entry":[{"id":"106539908","time":%d,"messaging":[%s]}]}"""
			.formatted(Instant.now().toEpochMilli(), String.join(",", messaging));
	}

	static String hubSignature(String body, String secret) throws Exception {
		Mac hmac = Mac.getInstance("HmacSHA256");
		hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(hmac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions postZalo(String body, String signature) throws Exception {
		var request = post(ZaloWebhook.PATH).contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(signature == null ? request : request.header("X-ZEvent-Signature", signature));
	}

	ResultActions postFacebook(String body, String signature) throws Exception {
		var request = post(FacebookWebhook.PATH).contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(signature == null ? request : request.header("X-Hub-Signature-256", signature));
	}

	/** Everything stored about a sender: items, conversation messages, outbox messages, webhook receipts. */
	record Stored(long items, long messages, long notifications, long receipts) {

		static final Stored NOTHING = new Stored(0, 0, 0, 0);
	}

	Stored stored(String sender, String messageId) {
		return new Stored(count("SELECT COUNT(*) FROM feedback_item WHERE reporter_external_id = :v", sender),
				count("SELECT COUNT(*) FROM feedback_message WHERE external_message_id = :v", messageId),
				count("SELECT COUNT(*) FROM notification_message WHERE recipient = :v", sender),
				count("SELECT COUNT(*) FROM feedback_webhook_receipt WHERE message_id = :v", messageId));
	}

	/** The item a platform message went into. */
	String itemOf(String messageId) {
		return jdbc.sql("""
				SELECT i.number FROM feedback_message m JOIN feedback_item i ON i.id = m.item_id
				WHERE m.external_message_id = :id""")
			.param("id", messageId)
			.query(String.class)
			.single();
	}

	Map<String, Object> item(String number) {
		return jdbc.sql("SELECT channel, state, reporter_external_id, description FROM feedback_item WHERE number = :n")
			.param("n", number)
			.query()
			.listOfRows()
			.stream()
			.map(WebhookCalls::upperCaseKeys)
			.findFirst()
			.orElseThrow();
	}

	/** The outbox messages queued for a recipient, oldest first: template, channel, body, about_reference. */
	java.util.List<Map<String, Object>> replies(String recipient) {
		return jdbc.sql("""
				SELECT template, channel, body, about_reference, locale FROM notification_message
				WHERE recipient = :r ORDER BY id""")
			.param("r", recipient)
			.query()
			.listOfRows()
			.stream()
			.map(WebhookCalls::upperCaseKeys)
			.toList();
	}

	private long count(String sql, String value) {
		return jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
		Map<String, Object> upper = new java.util.HashMap<>();
		row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
		return upper;
	}
}
