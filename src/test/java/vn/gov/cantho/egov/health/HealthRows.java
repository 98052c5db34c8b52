package vn.gov.cantho.egov.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data written straight into the check-in and declaration tables (there are no foreign keys there), so that
 * retention and figures can be tested at any date, including days no API would accept any more.
 */
public final class HealthRows {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	public HealthRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(VIETNAM).toInstant();
	}

	public static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(VIETNAM).toInstant();
	}

	/** A venue in {@code unitCode}; returns its database id. */
	public long venue(String unitCode) {
		String code = publicRef();
		jdbc.sql("""
				INSERT INTO health_venue (code, name, address, unit_code, venue_type, default_stay_minutes,
				min_overlap_minutes, registered_by, key_version, registered_at)
				VALUES (:code, :name, 'Địa chỉ thử', :unit, 'SHOP', 30, 15, 'test', 1, :at)""")
			.param("code", code)
			.param("name", "Điểm thử " + code)
			.param("unit", unitCode)
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("SELECT id FROM health_venue WHERE code = :code").param("code", code).query(Long.class).single();
	}

	/** A random public reference as the intake makes them: ten characters of Crockford's base-32 alphabet. */
	public static String publicRef() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder ref = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			ref.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return ref.toString();
	}

	/** A person id that no real row uses (there is no foreign key: the id only has to be distinct). */
	public static long person() {
		return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
	}

	public UUID checkIn(long venueId, long personId, Instant at) {
		return checkIn(venueId, personId, at, Instant.now());
	}

	public UUID checkIn(long venueId, long personId, Instant at, Instant recordedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, source, recorded_at)
				VALUES (:id, :venue, :person, :at, 'SELF_SCAN', :recorded)""")
			.param("id", id)
			.param("venue", venueId)
			.param("person", personId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("recorded", recordedAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	public UUID declaration(long personId, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO health_declaration (id, person_id, declared_at, contact_with_case)
				VALUES (:id, :person, :at, FALSE)""")
			.param("id", id)
			.param("person", personId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	public boolean checkInExists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM health_check_in WHERE id = :id").param("id", id).query(Long.class)
			.single() > 0;
	}

	public boolean declarationExists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM health_declaration WHERE id = :id").param("id", id).query(Long.class)
			.single() > 0;
	}

	/** PostgreSQL: whether a table (a partition) of this name exists. */
	public boolean tableExists(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM pg_class WHERE relname = :name").param("name", name).query(Long.class)
			.single() > 0;
	}

	/** A confirmed case as tracing records it, with the F1 and F2 counts its last tracing run found. */
	public void outbreakCase(Instant recordedAt, Instant infectiousFrom, Instant infectiousUntil, int f1, int f2) {
		jdbc.sql("""
				INSERT INTO health_case (code, person_id, infectious_from, infectious_until, reason, recorded_by,
				recorded_at, keep_until, f1_count, f2_count)
				VALUES (:code, :person, :from, :until, 'Ca thử', 'health', :at, :keep, :f1, :f2)""")
			.param("code", "T0-" + UUID.randomUUID().toString().substring(0, 16))
			.param("person", person())
			.param("from", infectiousFrom.atOffset(ZoneOffset.UTC))
			.param("until", infectiousUntil.atOffset(ZoneOffset.UTC))
			.param("at", recordedAt.atOffset(ZoneOffset.UTC))
			.param("keep", Instant.now().plusSeconds(86_400).atOffset(ZoneOffset.UTC))
			.param("f1", f1)
			.param("f2", f2)
			.update();
	}

	/** A test site of the testing part; returns its id. */
	public long testSite(String unitCode) {
		String code = "TS" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		jdbc.sql("""
				INSERT INTO health_test_site (code, name, address, unit_code, created_by, created_at)
				VALUES (:code, 'Điểm xét nghiệm thử', 'Địa chỉ thử', :unit, 'health', :at)""")
			.param("code", code)
			.param("unit", unitCode)
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("SELECT id FROM health_test_site WHERE code = :code").param("code", code).query(Long.class)
			.single();
	}

	/** A test registration whose result ({@code POSITIVE}, {@code NEGATIVE}, {@code INVALID}) was entered at a time. */
	public void testResult(long siteId, String outcome, Instant resultedAt) {
		String code = "XN-" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase();
		jdbc.sql("""
				INSERT INTO health_test_registration (code, site_id, person_ref, reason, full_name, date_of_birth,
				language, status, registered_by, registered_at, outcome, lab_name, resulted_at, resulted_by,
				last_activity_at)
				VALUES (:code, :site, 'PTEST0000000', 'SCREENING', 'Người thử', DATE '1990-01-01', 'vi', 'RESULTED',
				'health', :at, :outcome, 'Phòng xét nghiệm thử', :at, 'health', :now)""")
			.param("code", code)
			.param("site", siteId)
			.param("at", resultedAt.atOffset(ZoneOffset.UTC))
			.param("outcome", outcome)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A random day long ago, so that a test's days never meet real data or another run's on a shared database. */
	public static LocalDate longAgo() {
		return LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
	}
}
