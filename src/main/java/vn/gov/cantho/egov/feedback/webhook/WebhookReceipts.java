package vn.gov.cantho.egov.feedback.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.feedback.FeedbackChannel;

/**
 * Platform messages answered without being filed, so that a retry is not answered twice (table
 * feedback_webhook_receipt). Platforms retry for hours at most, so receipts older than a week are deleted.
 */
@Repository
class WebhookReceipts {

	static final Duration KEPT = Duration.ofDays(7);
	private static final Logger log = LoggerFactory.getLogger(WebhookReceipts.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	WebhookReceipts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the message unless it was seen before. The check is inside the INSERT, not a failed INSERT caught
	 * afterwards, because on PostgreSQL a failed statement spoils the rest of the transaction.
	 */
	boolean firstTime(FeedbackChannel channel, String messageId) {
		return jdbc.sql("""
				INSERT INTO feedback_webhook_receipt (channel, message_id, received_at)
				SELECT :channel, :id, :now FROM (VALUES (1)) one
				WHERE NOT EXISTS (SELECT 1 FROM feedback_webhook_receipt WHERE channel = :channel AND message_id = :id)""")
			.param("channel", channel.name())
			.param("id", messageId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	@Scheduled(fixedDelay = 6, initialDelay = 1, timeUnit = TimeUnit.HOURS)
	@Transactional
	public void deleteOld() {
		Instant before = clock.instant().minus(KEPT);
		int deleted = jdbc.sql("DELETE FROM feedback_webhook_receipt WHERE received_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
		if (deleted > 0) {
			log.info("{} old webhook receipts deleted", deleted);
		}
	}
}
