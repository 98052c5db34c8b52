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

/** Zalo ZNS against a local server playing its API: request shape, error codes retried or final, success. */
@IntegrationTest
class ZaloZnsDeliveryTest {

	static final String OK = "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-%s\",\"sent_time\":\"1700000000000\"}}";

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
	String phone = "03" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	String international = "84" + phone.substring(1);

	@BeforeEach
	void startZalo() throws Exception {
		zalo = new FakeGateway(international, new FakeGateway.Answer(200, OK.formatted("other"), Duration.ZERO));
		fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
	}

	@AfterEach
	void stopZalo() {
		zalo.close();
	}

	Dispatcher dispatcher() {
		ZaloZnsSender sender = new ZaloZnsSender(new NotificationProperties.Zalo(zalo.url("/"), "oa-token-123",
				Map.of("account-registered", "231456", "test-message", "231999"), Duration.ofSeconds(2),
				Duration.ofSeconds(5)), json);
		return fixture.dispatcher("node-zalo", List.of(sender), clock, true, 8);
	}

	@Test
	void sendsTheZnsTemplateRequestAndRecordsZalosMessageId() {
		zalo.answer(200, OK.formatted("42"));
		String reference = fixture.queue("account-registered", Channel.ZALO, phone, Locale.forLanguageTag("vi"),
				Map.of("fullName", "Lê Thị Cúc", "username", "cuc.le"), clock);

		dispatcher().dispatchDue();

		List<FakeGateway.Received> calls = zalo.receivedForKey();
		assertThat(calls).hasSize(1);
		FakeGateway.Received call = calls.get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/message/template");
		assertThat(call.header("access_token")).isEqualTo("oa-token-123");
		JsonNode body = json.readTree(call.body());
		assertThat(body.path("phone").asString()).isEqualTo(international);
		assertThat(body.path("template_id").asString()).isEqualTo("231456");
		assertThat(body.path("template_data").path("fullName").asString()).isEqualTo("Lê Thị Cúc");
		assertThat(body.path("template_data").path("username").asString()).isEqualTo("cuc.le");
		assertThat(body.path("tracking_id").asString()).isEqualTo(reference);

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.deliveredVia()).isEqualTo(ZaloZnsSender.VIA);
		assertThat(row.providerId()).isEqualTo("zns-42");
	}

	@Test
	void anExpiredTokenIsRetriedAndSucceedsOnceZaloAcceptsAgain() {
		zalo.answer(200, "{\"error\":-124,\"message\":\"Access token is invalid\"}").answer(200, OK.formatted("7"));
		String reference = fixture.queueTestMessage(Channel.ZALO, phone, clock);
		Dispatcher dispatcher = dispatcher();

		dispatcher.dispatchDue();
		OutboxFixture.Row first = fixture.row(reference);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.lastError()).isEqualTo("Zalo error -124");
		assertThat(first.nextAttemptAt().toInstant()).isEqualTo(clock.instant().plusSeconds(30));

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(zalo.receivedForKey()).hasSize(2);
	}

	@Test
	void anInvalidPhoneNumberErrorIsFinal() {
		zalo.answer(200, "{\"error\":-108,\"message\":\"Phone number is invalid\"}");
		String reference = fixture.queueTestMessage(Channel.ZALO, phone, clock);

		dispatcher().dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(row.lastError()).isEqualTo("Zalo error -108");
		assertThat(row.attempts()).isEqualTo(1);
	}

	@Test
	void httpErrorsFromZaloAreRetriedWhenServerSideAndFinalWhenClientSide() {
		zalo.answer(502, "").answer(404, "{}");
		String reference = fixture.queueTestMessage(Channel.ZALO, phone, clock);
		Dispatcher dispatcher = dispatcher();

		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Zalo HTTP 502");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.PENDING);

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).lastError()).isEqualTo("Zalo HTTP 404");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.FAILED);
	}
}
