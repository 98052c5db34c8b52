package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** Zalo OA customer-service replies against a local server playing Zalo's OA API v3. */
@IntegrationTest
class ZaloOaDeliveryTest {

	static final String OK = """
			{"data":{"message_id":"zoa-%s","user_id":"%s"},"error":0,"message":"Success"}""";

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

	FakeGateway zalo;
	OutboxFixture fixture;
	TestClock clock = TestClock.farFuture();
	String userId = "8" + ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L);

	@BeforeEach
	void startZalo() throws Exception {
		zalo = new FakeGateway(userId, new FakeGateway.Answer(200, OK.formatted("other", "other"), Duration.ZERO));
		fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
	}

	@AfterEach
	void stopZalo() {
		zalo.close();
	}

	Dispatcher dispatcher() {
		ZaloOaSender sender = new ZaloOaSender(new NotificationProperties.ZaloOa(zalo.url("/"), "oa-access-token-1",
				Duration.ofSeconds(2), Duration.ofSeconds(5)), json);
		return fixture.dispatcher("node-zalo-oa", List.of(sender), clock, true, 8);
	}

	@Test
	void sendsACustomerServiceTextMessageToTheUserIdAndRecordsZalosMessageId() {
		zalo.answer(200, OK.formatted("42", userId));
		String reference = fixture.queueTestMessage(Channel.ZALO_OA, userId, clock);

		dispatcher().dispatchDue();

		List<FakeGateway.Received> calls = zalo.receivedForKey();
		assertThat(calls).hasSize(1);
		FakeGateway.Received call = calls.get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/v3.0/oa/message/cs");
		assertThat(call.query()).isNull();
		assertThat(call.header("access_token")).isEqualTo("oa-access-token-1");
		assertThat(call.header("Content-Type")).startsWith("application/json");
		JsonNode body = json.readTree(call.body());
		assertThat(body.propertyNames()).containsExactly("recipient", "message");
		assertThat(body.path("recipient").path("user_id").asString()).isEqualTo(userId);
		assertThat(body.path("message").path("text").asString())
			.isEqualTo(templates.render("test-message", Locale.forLanguageTag("vi"), Map.of()).body());

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.deliveredVia()).isEqualTo(ZaloOaSender.VIA);
		assertThat(row.providerId()).isEqualTo("zoa-42");
	}

	@Test
	void anExpiredAccessTokenIsRetriedAndSentOnceZaloAcceptsAgain() {
		zalo.answer(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}").answer(200, OK.formatted("7", userId));
		String reference = fixture.queueTestMessage(Channel.ZALO_OA, userId, clock);
		Dispatcher dispatcher = dispatcher();

		dispatcher.dispatchDue();
		OutboxFixture.Row first = fixture.row(reference);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.lastError()).isEqualTo("Zalo OA error -216");

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(zalo.receivedForKey()).hasSize(2);
	}

	@Test
	void aPersonWhoHasNotWrittenForSevenDaysCannotBeRepliedToAndTheMessageFails() {
		zalo.answer(200, "{\"error\":-230,\"message\":\"User has not interacted with the OA in the past 7 days\"}");
		String reference = fixture.queueTestMessage(Channel.ZALO_OA, userId, clock);

		dispatcher().dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(row.lastError()).isEqualTo("Zalo OA error -230");
		assertThat(row.attempts()).isEqualTo(1);
	}

	@Test
	void httpErrorsAreRetriedWhenServerSideAndFinalWhenClientSide() {
		zalo.answer(503, "").answer(400, "{}");
		String reference = fixture.queueTestMessage(Channel.ZALO_OA, userId, clock);
		Dispatcher dispatcher = dispatcher();

		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Zalo OA HTTP 503");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.PENDING);

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Zalo OA HTTP 400");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void aTextLongerThanZaloTakesIsCutToTwoThousandCharacters() {
		zalo.answer(200, OK.formatted("long", userId));
		String reference = fixture.queueTestMessage(Channel.ZALO_OA, userId, clock);
		jdbc.sql("UPDATE notification_message SET body = :body WHERE reference = :reference")
			.param("body", "Trả lời ".repeat(400))
			.param("reference", reference)
			.update();

		dispatcher().dispatchDue();

		String text = json.readTree(zalo.receivedForKey().get(0).body()).path("message").path("text").asString();
		assertThat(text).hasSize(ZaloOaSender.MAX_TEXT).startsWith("Trả lời Trả lời").endsWith("\u2026");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.SENT);
	}
}
