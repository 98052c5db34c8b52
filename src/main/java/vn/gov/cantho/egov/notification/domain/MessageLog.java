package vn.gov.cantho.egov.notification.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;

/** The outbox as administrators see it: newest first, filtered, paged, recipients masked before they leave here. */
@Repository
public class MessageLog {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;
	private final ZoneId zone;

	/** @param clock its zone (Vietnam's) is the one times are shown in */
	public MessageLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** One message for the admin page; {@code recipient} is already masked. */
	public record Entry(String reference, OffsetDateTime createdAt, Channel channel, String deliveredVia,
			String recipient, String template, String subject, String body, DeliveryStatus status, int attempts,
			String lastError) {

		/** The body line by line, so the page can keep the line breaks of the message. */
		public List<String> bodyLines() {
			return body == null ? List.of() : body.lines().toList();
		}
	}

	/** @param page 0-based */
	public record Page(List<Entry> entries, int page, boolean hasNext) {
	}

	/** @param status {@code null} for any; @param channel {@code null} for any */
	@Transactional(readOnly = true)
	public Page find(DeliveryStatus status, Channel channel, int page) {
		int from = Math.max(0, page);
		List<Entry> rows = jdbc.sql("""
				SELECT reference, created_at, channel, delivered_via, recipient, template, subject, body, status,
				       attempts, last_error
				FROM notification_message
				WHERE (CAST(:status AS VARCHAR(10)) IS NULL OR status = :status)
				  AND (CAST(:channel AS VARCHAR(10)) IS NULL OR channel = :channel)
				ORDER BY created_at DESC, id DESC
				LIMIT :limit OFFSET :offset""")
			.param("status", status == null ? null : status.name())
			.param("channel", channel == null ? null : channel.name())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) from * PAGE_SIZE)
			.query((rs, row) -> {
				Channel via = Channel.valueOf(rs.getString("channel"));
				OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class)
					.atZoneSameInstant(zone)
					.toOffsetDateTime();
				return new Entry(rs.getString("reference"), created, via,
						rs.getString("delivered_via"), Recipients.mask(via, rs.getString("recipient")),
						rs.getString("template"), rs.getString("subject"), rs.getString("body"),
						DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
						rs.getString("last_error"));
			})
			.list();
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, from, hasNext);
	}
}
