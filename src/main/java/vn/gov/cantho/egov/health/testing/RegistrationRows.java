package vn.gov.cantho.egov.health.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes registration rows; the rules are in the services that call it. */
@Component
class RegistrationRows {

	private static final String SELECT = """
			SELECT r.id, r.code, t.code AS site_code, t.name AS site_name, t.address AS site_address,
			       s.starts_at AS slot_starts_at, s.ends_at AS slot_ends_at, r.person_ref, r.account, r.reason,
			       r.full_name, r.date_of_birth, r.phone, r.email, r.language, r.status, r.registered_at,
			       r.cancelled_at, r.sample_code, m.code AS sample_site_code, m.name AS sample_site_name, r.sampled_at,
			       r.sampled_by, r.outcome, r.lab_name, r.resulted_at, r.resulted_by, r.case_code
			FROM health_test_registration r
			JOIN health_test_site t ON t.id = r.site_id
			LEFT JOIN health_test_slot s ON s.id = r.slot_id
			LEFT JOIN health_test_site m ON m.id = r.sample_site_id
			""";

	/** A row insert; {@code slotId} null for a walk-in. */
	record Insert(String code, long siteId, Long slotId, String personRef, String account, TestReason reason,
			String fullName, LocalDate dateOfBirth, String phone, String email, String language,
			RegistrationStatus status, String registeredBy, Instant registeredAt, Instant lastActivityAt) {
	}

	private final JdbcClient jdbc;

	RegistrationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By registration code or sample code. */
	Optional<Registration> byCode(String code) {
		String normalised = PublicCodes.normalise(code);
		return jdbc.sql(SELECT + " WHERE r.code = :code OR r.sample_code = :code")
			.param("code", normalised)
			.query(RegistrationRows::map)
			.optional();
	}

	/** The registration's id, its row locked until the transaction ends. */
	Optional<Long> lock(String registrationCode) {
		return jdbc.sql("SELECT id FROM health_test_registration WHERE code = :code FOR UPDATE")
			.param("code", registrationCode)
			.query(Long.class)
			.optional();
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM health_test_registration WHERE code = :code OR sample_code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** A person's registrations (by account or person reference), newest first, at most 100. */
	List<Registration> of(String account, String personRef) {
		return jdbc.sql(SELECT + " WHERE r.account = :account OR r.person_ref = :ref ORDER BY r.registered_at DESC LIMIT 100")
			.param("account", account == null ? "" : account)
			.param("ref", personRef == null ? "" : personRef)
			.query(RegistrationRows::map)
			.list();
	}

	/**
	 * A person's registrations for slots starting from {@code from} up to, not including, {@code to}, and walk-ins
	 * registered then.
	 */
	List<Registration> ofPersonBetween(String personRef, Instant from, Instant to) {
		return jdbc.sql(SELECT + """
				 WHERE r.person_ref = :ref AND ((s.starts_at >= :from AND s.starts_at < :to)
				    OR (r.slot_id IS NULL AND r.registered_at >= :from AND r.registered_at < :to))
				 ORDER BY COALESCE(s.starts_at, r.registered_at)""")
			.param("ref", personRef)
			.param("from", Rows.utc(from))
			.param("to", Rows.utc(to))
			.query(RegistrationRows::map)
			.list();
	}

	/** Whether the person holds a booking whose slot has not ended. */
	boolean hasOpenBooking(String personRef, Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM health_test_registration r JOIN health_test_slot s ON s.id = r.slot_id
				WHERE r.person_ref = :ref AND r.status = 'BOOKED' AND s.ends_at > :now""")
			.param("ref", personRef)
			.param("now", Rows.utc(now))
			.query(Long.class)
			.single() > 0;
	}

	void insert(Insert row) {
		jdbc.sql("""
				INSERT INTO health_test_registration (code, site_id, slot_id, person_ref, account, reason, full_name,
				    date_of_birth, phone, email, language, status, registered_by, registered_at, last_activity_at)
				VALUES (:code, :site, :slot, :ref, :account, :reason, :name, :dob, :phone, :email, :language, :status,
				    :by, :at, :activity)""")
			.param("code", row.code())
			.param("site", row.siteId())
			.param("slot", row.slotId())
			.param("ref", row.personRef())
			.param("account", row.account())
			.param("reason", row.reason().name())
			.param("name", row.fullName())
			.param("dob", row.dateOfBirth())
			.param("phone", row.phone())
			.param("email", row.email())
			.param("language", row.language())
			.param("status", row.status().name())
			.param("by", row.registeredBy())
			.param("at", Rows.utc(row.registeredAt()))
			.param("activity", Rows.utc(row.lastActivityAt()))
			.update();
	}

	private static Registration map(ResultSet rs, int n) throws SQLException {
		return new Registration(rs.getString("code"), rs.getString("site_code"), rs.getString("site_name"),
				rs.getString("site_address"), Rows.instant(rs, "slot_starts_at"), Rows.instant(rs, "slot_ends_at"),
				rs.getString("person_ref"), rs.getString("account"), Rows.named(TestReason.class, rs.getString("reason")),
				rs.getString("full_name"), Rows.date(rs, "date_of_birth"), rs.getString("phone"), rs.getString("email"),
				rs.getString("language"), Rows.named(RegistrationStatus.class, rs.getString("status")),
				Rows.instant(rs, "registered_at"), Rows.instant(rs, "cancelled_at"), rs.getString("sample_code"),
				rs.getString("sample_site_code"), rs.getString("sample_site_name"), Rows.instant(rs, "sampled_at"),
				rs.getString("sampled_by"), Rows.named(TestOutcome.class, rs.getString("outcome")),
				rs.getString("lab_name"), Rows.instant(rs, "resulted_at"), rs.getString("resulted_by"),
				rs.getString("case_code"));
	}
}
