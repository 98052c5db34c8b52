package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

/** SMS through a local HTTP server playing the brandname gateway: body, headers, success, retries, failures. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SmsGatewayDeliveryTest {

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

	FakeGateway gateway;
	OutboxFixture fixture;
	TestClock clock = TestClock.farFuture();
	String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	String international = "84" + phone.substring(1);

	@BeforeEach
	void startGateway() throws Exception {
		gateway = new FakeGateway(international,
				new FakeGateway.Answer(200, "{\"status\":\"accepted\",\"id\":\"other\"}", Duration.ZERO));
		fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
	}

	@AfterEach
	void stopGateway() {
		gateway.close();
	}

	Dispatcher dispatcher(Duration readTimeout, int maxAttempts) {
		SmsGatewaySender sms = new SmsGatewaySender(new NotificationProperties.Sms(gateway.url("/sms/send"),
				"test-key", "CANTHO", Duration.ofSeconds(2), readTimeout), json);
		return fixture.dispatcher("node-sms", List.of(sms), clock, true, maxAttempts);
	}

	@Test
	void postsTheGatewayContractAndMarksTheMessageSent(CapturedOutput output) {
		gateway.answer(202, "{\"status\":\"accepted\",\"id\":\"GW-991\"}");
		String reference = fixture.queue("account-registered", Channel.SMS, phone, java.util.Locale.forLanguageTag("vi"),
				Map.of("fullName", "Nguyễn Văn An", "username", "an.nguyen"), clock);

		dispatcher(Duration.ofSeconds(5), 8).dispatchDue();

		List<FakeGateway.Received> calls = gateway.receivedForKey();
		assertThat(calls).hasSize(1);
		FakeGateway.Received call = calls.get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/sms/send");
		assertThat(call.header("api-key")).isEqualTo("test-key");
		assertThat(call.header("Content-Type")).startsWith("application/json");
		JsonNode body = json.readTree(call.body());
		assertThat(body.path("to").asString()).isEqualTo(international);
		assertThat(body.path("brandname").asString()).isEqualTo("CANTHO");
		assertThat(body.path("message").asString()).startsWith("Xin chào Nguyễn Văn An,")
			.contains("Tài khoản an.nguyen của bạn đã được tạo");

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.deliveredVia()).isEqualTo(SmsGatewaySender.VIA);
		assertThat(row.providerId()).isEqualTo("GW-991");
		assertThat(row.claimedBy()).isEqualTo("node-sms");
		assertThat(output.getAll()).contains(reference).doesNotContain(international).doesNotContain(phone);
	}

	@Test
	void serverErrorsAreRetriedWithExponentialBackOffUntilTheGatewayAccepts() {
		gateway.answer(503, "{}").answer(500, "{}").answer(502, "").answer(200, "{\"status\":\"accepted\",\"id\":\"x\"}");
		String reference = fixture.queueTestMessage(Channel.SMS, phone, clock);
		Dispatcher dispatcher = dispatcher(Duration.ofSeconds(5), 8);

		dispatcher.dispatchDue();
		OutboxFixture.Row first = fixture.row(reference);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).isEqualTo("SMS gateway HTTP 503");
		assertThat(first.nextAttemptAt().toInstant()).isEqualTo(clock.instant().plusSeconds(30));

		dispatcher.dispatchDue();
		assertThat(fixture.row(reference).attempts()).as("not due yet: nothing is sent").isEqualTo(1);

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		OutboxFixture.Row second = fixture.row(reference);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.nextAttemptAt().toInstant()).isEqualTo(clock.instant().plusSeconds(60));

		clock.advance(Duration.ofSeconds(60));
		dispatcher.dispatchDue();
		OutboxFixture.Row third = fixture.row(reference);
		assertThat(third.lastError()).isEqualTo("SMS gateway HTTP 502");
		assertThat(third.nextAttemptAt().toInstant()).isEqualTo(clock.instant().plusSeconds(120));

		clock.advance(Duration.ofSeconds(120));
		dispatcher.dispatchDue();
		OutboxFixture.Row sent = fixture.row(reference);
		assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(4);
		assertThat(sent.lastError()).isNull();
		assertThat(gateway.receivedForKey()).hasSize(4);
	}

	@Test
	void aClientErrorFailsAtOnce() {
		gateway.answer(400, "{\"status\":\"rejected\",\"error\":\"invalid brandname\"}");
		String reference = fixture.queueTestMessage(Channel.SMS, phone, clock);

		dispatcher(Duration.ofSeconds(5), 8).dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.lastError()).isEqualTo("SMS gateway HTTP 400");
	}

	@Test
	void aTimeoutIsRetriedAndTheLastAllowedAttemptFailsTheMessage() {
		gateway.answer(200, "{\"status\":\"accepted\",\"id\":\"late\"}", Duration.ofMillis(1500));
		String reference = fixture.queueTestMessage(Channel.SMS, phone, clock);
		Dispatcher dispatcher = dispatcher(Duration.ofMillis(300), 2);

		dispatcher.dispatchDue();
		OutboxFixture.Row first = fixture.row(reference);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.lastError()).isEqualTo("SMS gateway unreachable or timed out");

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatchDue();
		OutboxFixture.Row last = fixture.row(reference);
		assertThat(last.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(last.attempts()).isEqualTo(2);
	}

	@Test
	void aTwoHundredThatDoesNotAcceptIsAPermanentFailure() {
		gateway.answer(200, "{\"status\":\"rejected\"}");
		String reference = fixture.queueTestMessage(Channel.SMS, phone, clock);

		dispatcher(Duration.ofSeconds(5), 8).dispatchDue();

		assertThat(fixture.row(reference).lastError()).isEqualTo("SMS gateway did not accept: rejected");
		assertThat(fixture.row(reference).status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void inDemoModeAnUnconfiguredChannelDeliversToTheDemoMailbox() {
		String reference = fixture.queueTestMessage(Channel.SMS, phone, clock);
		SmsGatewaySender unconfigured = new SmsGatewaySender(new NotificationProperties.Sms("", "", "CANTHO",
				Duration.ofSeconds(1), Duration.ofSeconds(1)), json);

		fixture.dispatcher("node-demo", List.of(unconfigured), clock, true, 8).dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.deliveredVia()).isEqualTo("demo");
		assertThat(gateway.receivedForKey()).isEmpty();
	}
}
