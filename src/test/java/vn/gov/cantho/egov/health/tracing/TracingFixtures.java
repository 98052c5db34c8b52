package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Venues, people and check-ins written straight into the intake's tables, as tracing reads them (each test makes its
 * own with random codes, since the PostgreSQL run shares the database). Times are days before today, inside the held
 * partitions.
 */
final class TracingFixtures {

	private final JdbcClient jdbc;
	final Map<Long, String> refs = new HashMap<>();

	TracingFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Local midnight {@code days} ago in Vietnam (the start of that day's partition). */
	static Instant daysAgo(int days) {
		return LocalDate.now(DailyPartitions.ZONE).minusDays(days).atStartOfDay(DailyPartitions.ZONE).toInstant();
	}

	static Instant at(Instant day, int hour, int minute) {
		return day.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
	}

	long venue(String name, int defaultStay, int minOverlap) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO health_venue (code, name, address, unit_code, venue_type, default_stay_minutes,
				  min_overlap_minutes, registered_by, key_version, active, registered_at)
				VALUES (:code, :name, 'Địa chỉ kiểm thử', '31117', 'OTHER', :stay, :overlap, 'test', 1, TRUE, :at)""")
			.param("code", random(10))
			.param("name", name)
			.param("stay", defaultStay)
			.param("overlap", minOverlap)
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** A person with a name and phone (or the given ones); answers the id, the reference is in {@link #refs}. */
	long person(String fullName, String phone) {
		String ref = random(10);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO health_person (ref, full_name, phone, id_number_tail, created_at, updated_at)
				VALUES (:ref, :name, :phone, :tail, :at, :at)""")
			.param("ref", ref)
			.param("name", fullName)
			.param("phone", phone)
			.param("tail", String.format("%04d", ThreadLocalRandom.current().nextInt(10000)))
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		refs.put(id, ref);
		return id;
	}

	long person(String fullName) {
		return person(fullName, "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
	}

	String ref(long personId) {
		return refs.get(personId);
	}

	void checkIn(long personId, long venueId, Instant in, Instant out) {
		jdbc.sql("""
				INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, recorded_at)
				VALUES (:id, :venue, :person, :in, :out, 'STAFF_SCAN', :in)""")
			.param("id", UUID.randomUUID())
			.param("venue", venueId)
			.param("person", personId)
			.param("in", in.atOffset(ZoneOffset.UTC))
			.param("out", out == null ? null : out.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A public reference as the intake makes them (ten characters of Crockford's base 32). */
	static String random(int length) {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return text.toString();
	}
}
