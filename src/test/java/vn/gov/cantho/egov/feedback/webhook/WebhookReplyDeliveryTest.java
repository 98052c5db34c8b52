package vn.gov.cantho.egov.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackApiClient;
import vn.gov.cantho.egov.notification.delivery.Dispatcher;
import vn.gov.cantho.egov.notification.delivery.MessengerSender;
import vn.gov.cantho.egov.notification.delivery.ZaloOaSender;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.RetryPolicy;

/**
 * From the platform's event to the platform's send API: a message posted to the webhook opens an item, and the
 * acknowledgement carrying its number reaches a local server playing Zalo or Facebook in the exact request shape.
 */
@IntegrationTest
class WebhookReplyDeliveryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	JsonMapper json;

	WebhookCalls calls;
	FakePlatform platform;
	/**
	 * The test moves its acknowledgement this far ahead, out of reach of the application's own dispatcher (real time),
	 * and short of the notification tests' far-future messages (100 years on), and delivers it with a clock past it.
	 */
	OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC)
		.plusYears(50)
		.plusDays(ThreadLocalRandom.current().nextInt(3650));

	@BeforeEach
	void setUp() throws Exception {
		calls = new WebhookCalls(mvc, jdbc);
		platform = new FakePlatform();
	}

	@AfterEach
	void tearDown() {
		platform.close();
	}

	Dispatcher dispatcher() {
		ZaloOaSender zalo = new ZaloOaSender(new NotificationProperties.ZaloOa(platform.url(), "oa-token-e2e",
				Duration.ofSeconds(2), Duration.ofSeconds(5)), json);
		MessengerSender messenger = new MessengerSender(new NotificationProperties.Messenger(platform.url(), "v24.0",
				"page-token-e2e", Set.of(ConversationIntake.RECEIVED), "HUMAN_AGENT", Duration.ofSeconds(2),
				Duration.ofSeconds(5)), json);
		Clock clock = Clock.fixed(later.toInstant().plusSeconds(60), ZoneId.of("Asia/Ho_Chi_Minh"));
		return new Dispatcher(outbox, List.of(zalo, messenger), new Dispatcher.Settings("node-webhook-e2e", 50,
				Duration.ofMinutes(1), new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8), true), clock);
	}

	/**
	 * Moves the sender's acknowledgement out of the application dispatcher's reach, unless that dispatcher (every 5 s)
	 * already took it in the moment since the webhook answered; the caller then tries with a new sender.
	 */
	boolean taken(String sender) {
		return jdbc.sql("""
				UPDATE notification_message SET next_attempt_at = :later
				WHERE recipient = :sender AND template = :template AND status = 'PENDING' AND attempts = 0""")
			.param("later", later)
			.param("sender", sender)
			.param("template", ConversationIntake.RECEIVED)
			.update() == 1;
	}

	@Test
	void aZaloMessageIsAcknowledgedThroughTheOaCustomerServiceApi() throws Exception {
		String sender = null;
		String messageId = null;
		for (int attempt = 0; attempt < 5 && sender == null; attempt++) {
			String candidate = WebhookCalls.newUserId();
			messageId = WebhookCalls.newMessageId();
			Instant now = Instant.now();
			String body = WebhookCalls.zaloText(WebhookCalls.ZALO_APP, candidate, messageId, "Cây xanh ngã đổ", now);
			calls.postZalo(body, WebhookCalls.zaloMac(WebhookCalls.ZALO_APP, body, now, WebhookCalls.ZALO_SECRET))
				.andExpect(status().isOk());
			sender = taken(candidate) ? candidate : null;
		}
		assertThat(sender).as("acknowledgement kept from the application's dispatcher").isNotNull();
		String number = calls.itemOf(messageId);

		dispatcher().dispatchDue();

		List<FakePlatform.Request> requests = platform.to(sender);
		assertThat(requests).hasSize(1);
		FakePlatform.Request request = requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v3.0/oa/message/cs");
		assertThat(request.header("access_token")).isEqualTo("oa-token-e2e");
		JsonNode sent = json.readTree(request.body());
		assertThat(sent.path("recipient").path("user_id").asString()).isEqualTo(sender);
		assertThat(sent.path("message").path("text").asString()).contains(number);
		assertThat(deliveryStatus(sender)).isEqualTo("SENT");
	}

	@Test
	void aFacebookMessageIsAnsweredThroughTheSendApiAsAResponse() throws Exception {
		String sender = null;
		String messageId = null;
		for (int attempt = 0; attempt < 5 && sender == null; attempt++) {
			String candidate = WebhookCalls.newUserId();
			messageId = "m_" + WebhookCalls.newMessageId();
			String body = WebhookCalls.facebookText(candidate, messageId, "Đèn tín hiệu giao thông không hoạt động");
			calls.postFacebook(body, WebhookCalls.hubSignature(body, WebhookCalls.FACEBOOK_SECRET))
				.andExpect(status().isOk());
			sender = taken(candidate) ? candidate : null;
		}
		assertThat(sender).as("acknowledgement kept from the application's dispatcher").isNotNull();
		String number = calls.itemOf(messageId);

		dispatcher().dispatchDue();

		List<FakePlatform.Request> requests = platform.to(sender);
		assertThat(requests).hasSize(1);
		FakePlatform.Request request = requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v24.0/me/messages");
		assertThat(request.query()).isEqualTo("access_token=page-token-e2e");
		JsonNode sent = json.readTree(request.body());
		assertThat(sent.path("recipient").path("id").asString()).isEqualTo(sender);
		assertThat(sent.path("messaging_type").asString()).isEqualTo("RESPONSE");
		assertThat(sent.path("message").path("text").asString()).contains(number);
		assertThat(deliveryStatus(sender)).isEqualTo("SENT");
	}

	@Test
	void anOfficialsAnswerToAFacebookItemGoesBackOnMessengerWithTheHumanAgentTag() throws Exception {
		String sender = WebhookCalls.newUserId();
		String messageId = "m_" + WebhookCalls.newMessageId();
		String body = WebhookCalls.facebookText(sender, messageId, "Rác ứ đọng trên đường Hòa Bình nhiều ngày");
		calls.postFacebook(body, WebhookCalls.hubSignature(body, WebhookCalls.FACEBOOK_SECRET))
			.andExpect(status().isOk());
		String number = calls.itemOf(messageId);
		FeedbackApiClient api = new FeedbackApiClient(mvc);
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE", "fieldCode", "VE-SINH-MOI-TRUONG"))
			.andExpect(status().isOk());
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã thu gom rác sáng nay."))
			.andExpect(status().isOk());
		requeueForTest(awaitReply(sender, "feedback-answered"));

		dispatcher().dispatchDue();

		// The acknowledgement may reach this server too, if the application's dispatcher has not sent it yet.
		List<FakePlatform.Request> answers = platform.to(sender)
			.stream()
			.filter(r -> r.body().contains("Đã thu gom rác sáng nay."))
			.toList();
		assertThat(answers).hasSize(1);
		assertThat(answers.get(0).path()).isEqualTo("/v24.0/me/messages");
		JsonNode sent = json.readTree(answers.get(0).body());
		assertThat(sent.path("recipient").path("id").asString()).isEqualTo(sender);
		assertThat(sent.path("messaging_type").asString()).isEqualTo("MESSAGE_TAG");
		assertThat(sent.path("tag").asString()).isEqualTo("HUMAN_AGENT");
		assertThat(sent.path("message").path("text").asString()).contains(number).contains("Đã thu gom rác sáng nay.");
	}

	/** The reference of the message of {@code template} to {@code recipient}, queued after commit by a listener. */
	private String awaitReply(String recipient, String template) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		while (Instant.now().isBefore(deadline)) {
			List<String> found = jdbc.sql("SELECT reference FROM notification_message WHERE recipient = :r AND template = :t")
				.param("r", recipient)
				.param("t", template)
				.query(String.class)
				.list();
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no " + template + " message queued");
	}

	/**
	 * Puts the message back in the queue for the test's dispatcher only: the application's dispatcher may have taken
	 * it to the demo mailbox meanwhile (the channel is not configured in the test context), which is not what is tested.
	 */
	private void requeueForTest(String reference) {
		jdbc.sql("""
				UPDATE notification_message SET status = 'PENDING', attempts = 0, next_attempt_at = :later,
				    claimed_by = NULL, claim_token = NULL, lease_until = NULL, delivered_via = NULL, sent_at = NULL
				WHERE reference = :reference""")
			.param("later", later)
			.param("reference", reference)
			.update();
	}

	private String deliveryStatus(String recipient) {
		return jdbc.sql("SELECT status FROM notification_message WHERE recipient = :r AND template = :t")
			.param("r", recipient)
			.param("t", ConversationIntake.RECEIVED)
			.query(String.class)
			.single();
	}
}
