package vn.gov.cantho.egov.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.NotificationStatus;

/**
 * The outbox table. Claims work on several app nodes sharing one database with plain, portable SQL: a claim is one
 * UPDATE that re-checks the row is still claimable, so of two nodes racing for a row only one sees it change; each
 * claim carries a fresh token and every later write to the row requires that token.
 */
@Repository
public class Outbox {

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};
	private static final String CLAIMABLE = """
			((status = 'PENDING' AND next_attempt_at <= :now)
			 OR (status = 'SENDING' AND lease_until < :now AND attempts < :maxAttempts))""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	public Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record NewMessage(String reference, String template, Channel channel, String recipient, Locale locale,
			String subject, String body, Map<String, String> values, String aboutReference) {
	}

	public void insert(NewMessage message, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO notification_message (reference, template, channel, recipient, locale, subject, body,
				    template_data, about_reference, status, attempts, next_attempt_at, created_at, updated_at)
				VALUES (:reference, :template, :channel, :recipient, :locale, :subject, :body, :data, :about,
				    'PENDING', 0, :now, :now, :now)""")
			.param("reference", message.reference())
			.param("template", message.template())
			.param("channel", message.channel().name())
			.param("recipient", message.recipient())
			.param("locale", message.locale().toLanguageTag())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("data", json.writeValueAsString(new java.util.TreeMap<>(message.values())))
			.param("about", message.aboutReference())
			.param("now", now)
			.update();
	}

	/**
	 * What one claim got. {@code moreDue} says the due messages filled the whole batch, so there may be more even if
	 * another node won the race for these ones and {@code messages} is short or empty.
	 */
	public record Claim(List<OutboxMessage> messages, boolean moreDue) {
	}

	/**
	 * Claims up to {@code limit} due messages for this node until {@code leaseUntil}, counting the attempt now so that
	 * a message that crashes its node every time still runs out of attempts.
	 */
	public Claim claim(String node, int limit, int maxAttempts, OffsetDateTime now,
			OffsetDateTime leaseUntil) {
		List<Long> due = jdbc.sql("SELECT id FROM notification_message WHERE " + CLAIMABLE
				+ " ORDER BY next_attempt_at, id LIMIT :limit")
			.param("now", now)
			.param("maxAttempts", maxAttempts)
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (due.isEmpty()) {
			return new Claim(List.of(), false);
		}
		String token = UUID.randomUUID().toString();
		jdbc.sql("""
				UPDATE notification_message
				SET status = 'SENDING', claimed_by = :node, claim_token = :token, lease_until = :lease,
				    attempts = attempts + 1, updated_at = :now
				WHERE id IN (:ids) AND """ + CLAIMABLE)
			.param("node", node)
			.param("token", token)
			.param("lease", leaseUntil)
			.param("now", now)
			.param("maxAttempts", maxAttempts)
			.param("ids", due)
			.update();
		List<OutboxMessage> claimed = jdbc
			.sql("SELECT * FROM notification_message WHERE claim_token = :token AND status = 'SENDING'"
					+ " ORDER BY next_attempt_at, id")
			.param("token", token)
			.query(this::claimed)
			.list();
		return new Claim(claimed, due.size() == limit);
	}

	/** Messages whose node died while sending them on their last allowed attempt will not be claimed again. */
	public int failAbandoned(int maxAttempts, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE notification_message
				SET status = 'FAILED', last_error = 'delivery interrupted', claim_token = NULL, updated_at = :now
				WHERE status = 'SENDING' AND lease_until < :now AND attempts >= :maxAttempts""")
			.param("now", now)
			.param("maxAttempts", maxAttempts)
			.update();
	}

	/**
	 * Renews the claim just before sending, so a message late in a slow batch is sent under a fresh lease; if the old
	 * lease ran out and another node took the message over, this returns false and the message must not be sent.
	 */
	public boolean renewLease(OutboxMessage message, OffsetDateTime leaseUntil) {
		return jdbc.sql("""
				UPDATE notification_message SET lease_until = :lease
				WHERE id = :id AND claim_token = :token AND status = 'SENDING'""")
			.param("lease", leaseUntil)
			.param("id", message.id())
			.param("token", message.claimToken())
			.update() == 1;
	}

	/** @return false when this node no longer holds the claim (its lease ran out and another node took over) */
	public boolean markSent(OutboxMessage message, String via, String providerId, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE notification_message
				SET status = 'SENT', delivered_via = :via, provider_id = :providerId, sent_at = :now,
				    last_error = NULL, claim_token = NULL, lease_until = NULL, updated_at = :now
				WHERE id = :id AND claim_token = :token""")
			.param("via", via)
			.param("providerId", truncate(providerId, 100))
			.param("now", now)
			.param("id", message.id())
			.param("token", message.claimToken())
			.update() == 1;
	}

	public boolean markRetry(OutboxMessage message, String error, OffsetDateTime nextAttempt, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE notification_message
				SET status = 'PENDING', next_attempt_at = :next, last_error = :error, claim_token = NULL,
				    lease_until = NULL, updated_at = :now
				WHERE id = :id AND claim_token = :token""")
			.param("next", nextAttempt)
			.param("error", truncate(error, 200))
			.param("now", now)
			.param("id", message.id())
			.param("token", message.claimToken())
			.update() == 1;
	}

	public boolean markFailed(OutboxMessage message, String error, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE notification_message
				SET status = 'FAILED', last_error = :error, claim_token = NULL, lease_until = NULL, updated_at = :now
				WHERE id = :id AND claim_token = :token""")
			.param("error", truncate(error, 200))
			.param("now", now)
			.param("id", message.id())
			.param("token", message.claimToken())
			.update() == 1;
	}

	public Optional<NotificationStatus> status(String reference) {
		return jdbc.sql("""
				SELECT reference, channel, status, attempts, last_error, created_at, sent_at
				FROM notification_message WHERE reference = :reference""")
			.param("reference", reference)
			.query((rs, row) -> new NotificationStatus(rs.getString("reference"),
					Channel.valueOf(rs.getString("channel")), DeliveryStatus.valueOf(rs.getString("status")),
					rs.getInt("attempts"), rs.getString("last_error"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class)))
			.optional();
	}

	private OutboxMessage claimed(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("reference"), rs.getString("template"),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				Locale.forLanguageTag(rs.getString("locale")), rs.getString("subject"), rs.getString("body"),
				json.readValue(rs.getString("template_data"), VALUES), rs.getString("claim_token"),
				rs.getInt("attempts"));
	}

	static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
