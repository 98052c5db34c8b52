package vn.gov.cantho.egov.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackChannel;

/** Receipts of answered non-text messages: recorded once per platform message, and dropped after a week. */
@IntegrationTest
class WebhookReceiptsTest {

	@Autowired
	WebhookReceipts receipts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMessageIsFirstSeenOncePerChannel() {
		String id = WebhookCalls.newMessageId();

		assertThat(firstTime(FeedbackChannel.ZALO, id)).isTrue();
		assertThat(firstTime(FeedbackChannel.ZALO, id)).isFalse();
		assertThat(firstTime(FeedbackChannel.FACEBOOK, id)).isTrue();
	}

	@Test
	void receiptsOlderThanAWeekAreDeleted() {
		String old = WebhookCalls.newMessageId();
		String recent = WebhookCalls.newMessageId();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		insert(old, now.minus(WebhookReceipts.KEPT).minus(Duration.ofHours(1)));
		insert(recent, now.minus(WebhookReceipts.KEPT).plus(Duration.ofHours(1)));

		receipts.deleteOld();

		assertThat(count(old)).isZero();
		assertThat(count(recent)).isOne();
	}

	private boolean firstTime(FeedbackChannel channel, String id) {
		Boolean first = transactions.execute(tx -> receipts.firstTime(channel, id));
		return Boolean.TRUE.equals(first);
	}

	private void insert(String id, OffsetDateTime at) {
		jdbc.sql("INSERT INTO feedback_webhook_receipt (channel, message_id, received_at) VALUES ('ZALO', :id, :at)")
			.param("id", id)
			.param("at", at)
			.update();
	}

	private long count(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM feedback_webhook_receipt WHERE message_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}
}
