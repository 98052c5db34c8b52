package vn.gov.cantho.egov.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.webhook.WebhookCalls.Stored;

/**
 * The Facebook Page webhook: Meta's subscription handshake, and signed Messenger events turned into items with a reply;
 * unsigned or badly signed deliveries are refused with nothing stored.
 */
@IntegrationTest
class FacebookWebhookTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	WebhookCalls calls;
	String sender = WebhookCalls.newUserId();
	String messageId = "m_" + WebhookCalls.newMessageId();

	@BeforeEach
	void setUp() {
		calls = new WebhookCalls(mvc, jdbc);
	}

	static String sign(String body) throws Exception {
		return WebhookCalls.hubSignature(body, WebhookCalls.FACEBOOK_SECRET);
	}

	@Test
	void theSubscriptionHandshakeEchoesTheChallengeOnlyForOurVerifyToken() throws Exception {
		mvc.perform(get(FacebookWebhook.PATH).param("hub.mode", "subscribe")
			.param("hub.verify_token", WebhookCalls.VERIFY_TOKEN)
			.param("hub.challenge", "1158201444"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(content().string("1158201444"));

		mvc.perform(get(FacebookWebhook.PATH).param("hub.mode", "subscribe")
			.param("hub.verify_token", "guessed-token")
			.param("hub.challenge", "1158201444"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("feedback.webhook.verify-token"));
		mvc.perform(get(FacebookWebhook.PATH).param("hub.mode", "unsubscribe")
			.param("hub.verify_token", WebhookCalls.VERIFY_TOKEN)
			.param("hub.challenge", "1158201444")).andExpect(status().isForbidden());
		mvc.perform(get(FacebookWebhook.PATH).param("hub.mode", "subscribe")
			.param("hub.verify_token", WebhookCalls.VERIFY_TOKEN)
			.param("hub.challenge", "<script>alert(1)</script>")).andExpect(status().isForbidden());
		mvc.perform(get(FacebookWebhook.PATH)).andExpect(status().isForbidden());
	}

	@Test
	void aSignedTextMessageOpensAnItemAndIsAnsweredOnMessenger() throws Exception {
		String body = WebhookCalls.facebookText(sender, messageId, "Nước ngập đường Mậu Thân sau mưa");

		calls.postFacebook(body, sign(body))
			.andExpect(status().isOk())
			.andExpect(content().string("EVENT_RECEIVED"));

		String number = calls.itemOf(messageId);
		assertThat(calls.item(number)).containsEntry("CHANNEL", "FACEBOOK").containsEntry("REPORTER_EXTERNAL_ID", sender);
		List<Map<String, Object>> replies = calls.replies(sender);
		assertThat(replies).hasSize(1);
		assertThat(replies.get(0)).containsEntry("TEMPLATE", "feedback-webhook-received")
			.containsEntry("CHANNEL", "MESSENGER").containsEntry("ABOUT_REFERENCE", number);
		assertThat((String) replies.get(0).get("BODY")).contains(number);
	}

	@Test
	void aBatchedDeliveryIsTakenMessageByMessageAndItsRetryAddsNothing() throws Exception {
		String secondId = "m_" + WebhookCalls.newMessageId();
		String body = WebhookCalls.facebook(
				WebhookCalls.messaging(sender, "\"mid\":\"%s\",\"text\":\"Vỉa hè bị lấn chiếm\"".formatted(messageId)),
				WebhookCalls.messaging(sender, "\"mid\":\"%s\",\"text\":\"Ở số 5 Hòa Bình\"".formatted(secondId)));

		calls.postFacebook(body, sign(body)).andExpect(status().isOk());
		calls.postFacebook(body, sign(body)).andExpect(status().isOk());

		assertThat(calls.itemOf(secondId)).isEqualTo(calls.itemOf(messageId));
		assertThat(calls.stored(sender, messageId)).isEqualTo(new Stored(1, 1, 2, 0));
		assertThat(calls.stored(sender, secondId).messages()).isEqualTo(1);
		assertThat(calls.replies(sender)).extracting(r -> r.get("TEMPLATE"))
			.containsExactly("feedback-webhook-received", "feedback-webhook-appended");
	}

	@Test
	void thePagesOwnEchoesAndNonMessageEventsAreIgnored() throws Exception {
		String echo = WebhookCalls.facebook(WebhookCalls.messaging(sender,
				"\"is_echo\":true,\"app_id\":1517776481860111,\"mid\":\"%s\",\"text\":\"Cảm ơn bạn\"".formatted(messageId)));
		String read = WebhookCalls.facebook("""
				{"sender":{"id":"%s"},"recipient":{"id":"106539908"},"timestamp":1700000000000,\
				"read":{"watermark":1700000000000}}""".formatted(sender));

		calls.postFacebook(echo, sign(echo)).andExpect(status().isOk());
		calls.postFacebook(read, sign(read)).andExpect(status().isOk());

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aPhotoWithoutTextIsAnsweredOnceThatOnlyTextIsTaken() throws Exception {
		String body = WebhookCalls.facebook(WebhookCalls.messaging(sender, """
				"mid":"%s","attachments":[{"type":"image","payload":{"url":"https://example.invalid/p.jpg"}}]"""
			.formatted(messageId)));

		calls.postFacebook(body, sign(body)).andExpect(status().isOk());
		calls.postFacebook(body, sign(body)).andExpect(status().isOk());

		assertThat(calls.stored(sender, messageId)).isEqualTo(new Stored(0, 0, 1, 1));
		assertThat(calls.replies(sender).get(0)).containsEntry("TEMPLATE", "feedback-webhook-text-only")
			.containsEntry("CHANNEL", "MESSENGER");
	}

	@Test
	void missingWrongOrTamperedSignaturesAreRefusedWithNothingStored() throws Exception {
		String body = WebhookCalls.facebookText(sender, messageId, "Tin gốc");
		String tampered = body.replace("Tin gốc", "Tin sửa");

		calls.postFacebook(body, null)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("feedback.webhook.signature"));
		calls.postFacebook(tampered, sign(body)).andExpect(status().isUnauthorized());
		calls.postFacebook(body, WebhookCalls.hubSignature(body, "another-app-secret"))
			.andExpect(status().isUnauthorized());
		calls.postFacebook(body, sign(body).replace("sha256=", "sha1=")).andExpect(status().isUnauthorized());

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		String huge = "{\"object\":\"page\",\"pad\":\"" + "x".repeat(RawBody.MAX_BYTES) + "\"}";

		calls.postFacebook(huge, sign(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("feedback.webhook.too-large"));
	}
}
