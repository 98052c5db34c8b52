package vn.gov.cantho.egov.health.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Reads and the check-out of single stored check-ins, found by id and check-in time (the partition key, so one
 * partition is searched). A repeated check-in is answered with what was stored first.
 */
@Component
class CheckInReads {

	static final String NOT_FOUND = "health.check-in-not-found";

	private static final String RECEIPT = """
			SELECT c.id, v.code, v.name, c.checked_in_at, c.checked_out_at, p.account
			FROM health_check_in c JOIN health_venue v ON v.id = c.venue_id JOIN health_person p ON p.id = c.person_id
			""";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	CheckInReads(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The check-in stored with this id within a day of {@code near}, as a repeated request sees it. */
	Optional<CheckInReceipt> receipt(UUID id, Instant near) {
		return jdbc.sql(RECEIPT + " WHERE c.id = :id AND c.checked_in_at > :lo AND c.checked_in_at < :hi")
			.param("id", id)
			.param("lo", near.minus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC))
			.param("hi", near.plus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Stored(receipt(rs, true), rs.getString(6)))
			.optional()
			.map(Stored::receipt);
	}

	/**
	 * Sets the check-out time once; the same time again answers the same receipt, another one is a conflict.
	 * {@code account} limits it to the person's own check-ins (null for staff).
	 */
	@Transactional
	CheckInReceipt checkOut(UUID id, Instant checkedInAt, Instant checkedOutAt, String account) {
		Stored stored = jdbc.sql(RECEIPT + " WHERE c.id = :id AND c.checked_in_at = :at")
			.param("id", id)
			.param("at", checkedInAt.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Stored(receipt(rs, false), rs.getString(6)))
			.optional()
			.filter(s -> account == null || account.equals(s.account()))
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "id"));
		CheckInReceipt receipt = stored.receipt();
		if (receipt.checkedOutAt() != null) {
			if (receipt.checkedOutAt().equals(checkedOutAt)) {
				return new CheckInReceipt(id, receipt.venueCode(), receipt.venueName(), receipt.checkedInAt(),
						receipt.checkedOutAt(), true);
			}
			throw BusinessException.conflict("health.already-checked-out", "checkedOutAt");
		}
		int updated = jdbc.sql("""
				UPDATE health_check_in SET checked_out_at = :out
				WHERE id = :id AND checked_in_at = :at AND checked_out_at IS NULL""")
			.param("out", checkedOutAt.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("at", checkedInAt.atOffset(ZoneOffset.UTC))
			.update();
		if (updated == 0) {
			throw BusinessException.conflict("health.already-checked-out", "checkedOutAt");
		}
		audit.record("health.check-in.checked-out", id.toString());
		return new CheckInReceipt(id, receipt.venueCode(), receipt.venueName(), receipt.checkedInAt(), checkedOutAt,
				false);
	}

	private static CheckInReceipt receipt(java.sql.ResultSet rs, boolean duplicate) throws java.sql.SQLException {
		OffsetDateTime out = rs.getObject(5, OffsetDateTime.class);
		return new CheckInReceipt(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), out == null ? null : out.toInstant(), duplicate);
	}

	private record Stored(CheckInReceipt receipt, String account) {
	}
}
