package vn.gov.cantho.egov.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.Recipients;
import vn.gov.cantho.egov.notification.domain.RetryPolicy;
import vn.gov.cantho.egov.notification.domain.TemplateRenderer;

/**
 * Puts messages into the real outbox at a test clock's time and reads back their state, so delivery tests can drive
 * dispatchers they build themselves against the application's database.
 */
final class OutboxFixture {

	private final Outbox outbox;
	private final TemplateRenderer templates;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	OutboxFixture(Outbox outbox, TemplateRenderer templates, JdbcClient jdbc, TransactionTemplate transactions) {
		this.outbox = outbox;
		this.templates = templates;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	record Row(DeliveryStatus status, int attempts, OffsetDateTime nextAttemptAt, String lastError,
			String deliveredVia, String providerId, String claimedBy) {
	}

	/**
	 * Queues a message as {@code Notifications.send} would, with a fresh reference, due at the clock's time. It is
	 * created at the real time, in the same transaction, so the administrators' newest-first list is not led by
	 * test messages from the far future.
	 */
	String queue(String template, Channel channel, String recipient, Locale locale, Map<String, String> values,
			Clock clock) {
		String reference = "TB-T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 32)
			.toUpperCase(Locale.ROOT);
		TemplateRenderer.Rendered text = templates.render(template, locale, values);
		Outbox.NewMessage message = new Outbox.NewMessage(reference, template, channel,
				Recipients.normalise(channel, recipient), locale, text.subject(), text.body(), values, "TEST");
		transactions.executeWithoutResult(tx -> {
			outbox.insert(message, OffsetDateTime.now());
			jdbc.sql("UPDATE notification_message SET next_attempt_at = :due WHERE reference = :reference")
				.param("due", OffsetDateTime.now(clock))
				.param("reference", reference)
				.update();
		});
		return reference;
	}

	String queueTestMessage(Channel channel, String recipient, Clock clock) {
		return queue("test-message", channel, recipient, Locale.forLanguageTag("vi"), Map.of(), clock);
	}

	Row row(String reference) {
		return jdbc.sql("""
				SELECT status, attempts, next_attempt_at, last_error, delivered_via, provider_id, claimed_by
				FROM notification_message WHERE reference = :reference""")
			.param("reference", reference)
			.query((rs, n) -> new Row(DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
					rs.getString("delivered_via"), rs.getString("provider_id"), rs.getString("claimed_by")))
			.single();
	}

	Dispatcher dispatcher(String node, List<ChannelSender> senders, Clock clock, boolean demo, int maxAttempts) {
		return new Dispatcher(outbox, senders,
				new Dispatcher.Settings(node, 50, Duration.ofMinutes(1),
						new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), maxAttempts), demo),
				clock);
	}
}
