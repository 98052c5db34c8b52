package vn.gov.cantho.egov.health.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.CaseView;
import vn.gov.cantho.egov.health.ContactView;

/** Cases and their contact lists in the database. */
@Component
class CaseStore {

	private static final String CASE_COLUMNS = """
			SELECT k.id, k.code, k.person_id, p.ref, p.full_name, k.infectious_from, k.infectious_until, k.reason,
			  k.test_code, k.recorded_by, k.recorded_at, k.traced_at, k.f1_count, k.f2_count, k.keep_until
			FROM health_case k LEFT JOIN health_person p ON p.id = k.person_id""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	CaseStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A case as stored: its database id and person id (never shown) and what officers see. */
	record StoredCase(long id, long personId, CaseView view) {
	}

	Optional<Long> personId(String personRef) {
		return jdbc.sql("SELECT id FROM health_person WHERE ref = :ref").param("ref", personRef).query(Long.class).optional();
	}

	/** The code of a case of the same person whose window overlaps this one, if any. */
	Optional<String> overlapping(long personId, Instant from, Instant until) {
		return jdbc.sql("""
				SELECT code FROM health_case WHERE person_id = :person AND infectious_from < :until
				  AND infectious_until > :from ORDER BY recorded_at LIMIT 1""")
			.param("person", personId)
			.param("from", at(from))
			.param("until", at(until))
			.query(String.class)
			.optional();
	}

	long insert(String code, long personId, Instant from, Instant until, String reason, String testCode,
			String recordedBy, Instant recordedAt, Instant keepUntil) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO health_case (code, person_id, infectious_from, infectious_until, reason, test_code,
				  recorded_by, recorded_at, keep_until)
				VALUES (:code, :person, :from, :until, :reason, :test, :by, :at, :keep)""")
			.param("code", code)
			.param("person", personId)
			.param("from", at(from))
			.param("until", at(until))
			.param("reason", reason)
			.param("test", testCode)
			.param("by", recordedBy)
			.param("at", at(recordedAt))
			.param("keep", at(keepUntil))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Replaces the case's contact list with a new tracing run's, and records the run. */
	void replaceContacts(long caseId, List<Contact> contacts, Instant tracedAt, String tracedBy, OverlapRule rule) {
		jdbc.sql("DELETE FROM health_case_contact WHERE case_id = :id").param("id", caseId).update();
		batch.batchUpdate("""
				INSERT INTO health_case_contact (case_id, person_id, generation, venue_id, overlap_from, overlap_until,
				  minutes, via_person_id, exposures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", contacts, 1000,
				(ps, c) -> {
					ps.setLong(1, caseId);
					ps.setLong(2, c.personId());
					ps.setInt(3, c.generation());
					ps.setLong(4, c.venueId());
					ps.setObject(5, at(c.overlap().from()));
					ps.setObject(6, at(c.overlap().until()));
					ps.setLong(7, c.minutes());
					ps.setLong(8, c.viaPersonId());
					ps.setInt(9, c.exposures());
				});
		jdbc.sql("""
				UPDATE health_case SET traced_at = :at, traced_by = :by, lingering_minutes = :lingering,
				  max_stay_minutes = :stay, f1_count = :f1, f2_count = :f2 WHERE id = :id""")
			.param("at", at(tracedAt))
			.param("by", tracedBy)
			.param("lingering", rule.lingering().toMinutes())
			.param("stay", rule.maxStay().toMinutes())
			.param("f1", contacts.stream().filter(c -> c.generation() == 1).count())
			.param("f2", contacts.stream().filter(c -> c.generation() == 2).count())
			.param("id", caseId)
			.update();
	}

	Optional<StoredCase> find(String code) {
		return jdbc.sql(CASE_COLUMNS + " WHERE k.code = :code")
			.param("code", code)
			.query((rs, n) -> new StoredCase(rs.getLong("id"), rs.getLong("person_id"), view(rs)))
			.optional();
	}

	List<CaseView> recent(int limit) {
		return jdbc.sql(CASE_COLUMNS + " ORDER BY k.recorded_at DESC, k.id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> view(rs))
			.list();
	}

	/** The contacts up to the generation with how to reach them, F1 first, in order of exposure. */
	List<ContactView> contacts(long caseId, int generation) {
		return jdbc.sql("""
				SELECT c.generation, p.ref, p.full_name, p.phone, p.id_number_tail, v.code AS venue_code,
				  v.name AS venue_name, c.overlap_from, c.overlap_until, c.minutes, s.ref AS via_ref, c.exposures,
				  r.reached_at
				FROM health_case_contact c
				LEFT JOIN health_person p ON p.id = c.person_id
				LEFT JOIN health_venue v ON v.id = c.venue_id
				LEFT JOIN health_person s ON s.id = c.via_person_id
				LEFT JOIN health_contact_reached r ON r.case_id = c.case_id AND r.person_id = c.person_id
				WHERE c.case_id = :id AND c.generation <= :generation
				ORDER BY c.generation, c.overlap_from, c.person_id""")
			.param("id", caseId)
			.param("generation", generation)
			.query((rs, n) -> new ContactView(rs.getInt("generation"), rs.getString("ref"), rs.getString("full_name"),
					rs.getString("phone"), rs.getString("id_number_tail"), rs.getString("venue_code"),
					rs.getString("venue_name"), instant(rs, "overlap_from"), instant(rs, "overlap_until"),
					rs.getLong("minutes"), rs.getString("via_ref"), rs.getInt("exposures"), instant(rs, "reached_at")))
			.list();
	}

	/** Count, oldest recording and earliest deletion of the cases, or of the cases that have contacts. */
	Held held(boolean contacts) {
		String from = contacts ? "health_case_contact c JOIN health_case k ON k.id = c.case_id" : "health_case k";
		return jdbc.sql("SELECT count(*) AS n, min(k.recorded_at) AS oldest, min(k.keep_until) AS first_gone FROM " + from)
			.query((rs, n) -> new Held(rs.getLong("n"), instant(rs, "oldest"), instant(rs, "first_gone")))
			.single();
	}

	record Held(long records, Instant oldest, Instant firstDeletedAt) {
	}

	/** The codes of the cases past their retention. */
	List<String> expired(Instant now) {
		return jdbc.sql("SELECT code FROM health_case WHERE keep_until <= :now ORDER BY keep_until")
			.param("now", at(now))
			.query(String.class)
			.list();
	}

	/** Deletes a case, its contacts and the marks of those reached (no foreign key cascades them: see V116). */
	void delete(String code) {
		for (String table : new String[] { "health_case_contact", "health_contact_reached" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE case_id IN (SELECT id FROM health_case WHERE code = :code)")
				.param("code", code)
				.update();
		}
		jdbc.sql("DELETE FROM health_case WHERE code = :code").param("code", code).update();
	}

	private static CaseView view(ResultSet rs) throws SQLException {
		return new CaseView(rs.getString("code"), rs.getString("ref"), rs.getString("full_name"),
				instant(rs, "infectious_from"), instant(rs, "infectious_until"), rs.getString("reason"),
				rs.getString("test_code"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
				instant(rs, "traced_at"), rs.getInt("f1_count"), rs.getInt("f2_count"), instant(rs, "keep_until"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
