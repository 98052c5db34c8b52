package vn.gov.cantho.egov.health.testing;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places in slots. A place is taken by one conditional UPDATE ({@code booked < capacity}) that the database applies
 * atomically per row, so concurrent bookings on any number of nodes never exceed the capacity, and nobody waits on a
 * lock held across a request; the table's CHECK is the last guard.
 */
@Component
class SlotBookings {

	record Slot(long id, long siteId, Instant startsAt, Instant endsAt) {
	}

	private final JdbcClient jdbc;

	SlotBookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Slot> find(String siteCode, Instant startsAt) {
		return jdbc.sql("""
				SELECT s.id, s.site_id, s.starts_at, s.ends_at FROM health_test_slot s
				JOIN health_test_site t ON t.id = s.site_id
				WHERE t.code = :code AND t.active AND s.starts_at = :start""")
			.param("code", PublicCodes.normalise(siteCode))
			.param("start", Rows.utc(startsAt))
			.query((rs, n) -> new Slot(rs.getLong("id"), rs.getLong("site_id"), Rows.instant(rs, "starts_at"),
					Rows.instant(rs, "ends_at")))
			.optional();
	}

	/** Takes one place in a slot that has not started; false when it is full or started. */
	boolean take(long slotId, Instant now) {
		return jdbc.sql("""
				UPDATE health_test_slot SET booked = booked + 1
				WHERE id = :id AND booked < capacity AND starts_at > :now""")
			.param("id", slotId)
			.param("now", Rows.utc(now))
			.update() == 1;
	}

	void release(long slotId) {
		jdbc.sql("UPDATE health_test_slot SET booked = booked - 1 WHERE id = :id AND booked > 0")
			.param("id", slotId)
			.update();
	}

	Optional<Long> slotOf(String registrationCode) {
		return jdbc.sql("SELECT slot_id FROM health_test_registration WHERE code = :code AND slot_id IS NOT NULL")
			.param("code", registrationCode)
			.query(Long.class)
			.optional();
	}
}
