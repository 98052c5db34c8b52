package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.TemplateRenderer;

/** Messenger Send API replies against a local server playing the Graph API. */
@IntegrationTest
class MessengerDeliveryTest {

	static final String OK = "{\"recipient_id\":\"%s\",\"message_id\":\"m_%s\"}";

	@Autowired
	Outbox outbox;

	@Autowired
	TemplateRenderer templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	FakeGateway graph;
	OutboxFixture fixture;
	TestClock clock = TestClock.farFuture();
	String psid = "69" + ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L);

	@BeforeEach
	void startGraph() throws Exception {
		graph = new FakeGateway(psid, new FakeGateway.Answer(200, OK.formatted("other", "other"), Duration.ZERO));
		fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
	}

	@AfterEach
	void stopGraph() {
		graph.close();
	}

	Dispatcher dispatcher(Set<String> responseTemplates) {
		MessengerSender sender = new MessengerSender(new NotificationProperties.Messenger(graph.url("/"), "v24.0",
				"page-token-1", responseTemplates, "HUMAN_AGENT", Duration.ofSeconds(2), Duration.ofSeconds(5)), json);
		return fixture.dispatcher("node-messenger", List.of(sender), clock, true, 8);
	}

	static String error(int code, Integer subcode, String message) {
		return """
				{"error":{"message":"%s","type":"OAuthException","code":%d%s,"fbtrace_id":"AbC"}}"""
			.formatted(message, code, subcode == null ? "" : ",\"error_subcode\":" + subcode);
	}

	@Test
	void aReplyToThePersonsMessageGoesAsResponseWithThePageTokenAndRecordsTheMessageId() {
		graph.answer(200, OK.formatted(psid, "42"));
		String reference = fixture.queueTestMessage(Channel.MESSENGER, psid, clock);

		dispatcher(Set.of("test-message")).dispatchDue();

		List<FakeGateway.Received> calls = graph.receivedForKey();
		assertThat(calls).hasSize(1);
		FakeGateway.Received call = calls.get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/v24.0/me/messages");
		assertThat(call.query()).isEqualTo("access_token=page-token-1");
		assertThat(call.header("Content-Type")).startsWith("application/json");
		JsonNode body = json.readTree(call.body());
		assertThat(body.propertyNames()).containsExactly("recipient", "messaging_type", "message");
		assertThat(body.path("recipient").path("id").asString()).isEqualTo(psid);
		assertThat(body.path("messaging_type").asString()).isEqualTo("RESPONSE");
		assertThat(body.path("message").path("text").asString())
			.isEqualTo(templates.render("test-message", Locale.forLanguageTag("vi"), Map.of()).body());

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.deliveredVia()).isEqualTo(MessengerSender.VIA);
		assertThat(row.providerId()).isEqualTo("m_42");
	}

	@Test
	void anyOtherMessageGoesWithTheMessageTagToBeAllowedOutsideTheStandardWindow() {
		graph.answer(200, OK.formatted(psid, "43"));
		fixture.queueTestMessage(Channel.MESSENGER, psid, clock);

		dispatcher(Set.of()).dispatchDue();

		JsonNode body = json.readTree(graph.receivedForKey().get(0).body());
		assertThat(body.path("messaging_type").asString()).isEqualTo("MESSAGE_TAG");
		assertThat(body.path("tag").asString()).isEqualTo("HUMAN_AGENT");
	}

	@Test
	void rateLimitsAndTemporaryFailuresAreRetried() {
		graph.answer(400, error(613, null, "Calls to this api have exceeded the rate limit."))
			.answer(500, error(1200, null, "Temporary send message failure. Please try again later"))
			.answer(200, OK.formatted(psid, "44"));
		String reference = fixture.queueTestMessage(Channel.MESSENGER, psid, clock);
		Dispatcher dispatcher = dispatcher(Set.of());

		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Messenger error 613");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.PENDING);
		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Messenger error 1200");
		clock.advance(Duration.ofSeconds(60));
		dispatcher.dispatchDue();

		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(graph.receivedForKey()).hasSize(3);
	}

	@Test
	void aMessageOutsideTheAllowedWindowFailsAtOnceWithCodeAndSubcode() {
		graph.answer(400, error(10, 2018278, "(#10) This message is sent outside of allowed window."));
		String reference = fixture.queueTestMessage(Channel.MESSENGER, psid, clock);

		dispatcher(Set.of()).dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(row.lastError()).isEqualTo("Messenger error 10/2018278");
		assertThat(row.attempts()).isEqualTo(1);
	}

	@Test
	void aPersonWhoIsNotAvailableFailsAtOnceAndAnUnreadableServerErrorIsRetried() {
		graph.answer(400, error(551, 1545041, "This person isn't available right now."));
		String unavailable = fixture.queueTestMessage(Channel.MESSENGER, psid, clock);
		dispatcher(Set.of()).dispatchDue();
		assertThat(fixture.row(unavailable).status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(fixture.row(unavailable).lastError()).isEqualTo("Messenger error 551/1545041");

		graph.answer(502, "<html>Bad gateway</html>");
		String gateway = fixture.queueTestMessage(Channel.MESSENGER, psid, clock);
		dispatcher(Set.of()).dispatchDue();
		assertThat(fixture.row(gateway).status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(fixture.row(gateway).lastError()).isEqualTo("Messenger HTTP 502");
	}
}
