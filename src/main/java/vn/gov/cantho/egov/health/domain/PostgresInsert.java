package vn.gov.cantho.egov.health.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL insert of a group of check-ins: one statement, rows given as arrays through {@code unnest}, venue
 * codes and person references resolved to ids by joins inside the insert (open venues only), a conflict on the key
 * inserting nothing, the inserted ids returned (with their venue's name when a caller waits for a receipt). Times go
 * as microseconds since the epoch: neither side formats or parses text for them.
 * <p>
 * Named ids (devices, Idempotency-Keys) are also checked against an id stored within a day of the check-in time, by
 * one read of all the group's named ids before the insert (the group's earliest and latest times bound it, so only
 * the partitions of those days are searched). Asked row by row inside the insert, the same check re-planned the
 * partitions for every row and cost a fifth of a device batch. A repeat found by the read is left out of the insert
 * and explained as a duplicate like any row that inserted nothing.
 * <p>
 * It runs on {@link CheckInConnections}, whose sessions plan it generically, once per connection. One statement
 * commits on its own: no BEGIN and COMMIT round trips.
 */
class PostgresInsert {

	private static final String SQL = """
			WITH t AS (
			    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
			        ?::text[]) AS t(id, venue_code, person_ref, checked_in_us, checked_out_us, source, device_id,
			        recorded_by)
			), ins AS (
			    INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, device_id,
			        recorded_by, recorded_at)
			    SELECT t.id::uuid, v.id, p.id, %1$s, %2$s, t.source, t.device_id, t.recorded_by, now()
			    FROM t JOIN health_venue v ON v.code = t.venue_code AND v.active
			    JOIN health_person p ON p.ref = t.person_ref
			    ON CONFLICT DO NOTHING
			    RETURNING id, venue_id
			)
			%3$s""".formatted(at("t.checked_in_us"), at("t.checked_out_us"), "%s");

	private static final String SEEN = """
			SELECT id, checked_in_at FROM health_check_in
			WHERE id = ANY(?::uuid[]) AND checked_in_at > ? AND checked_in_at < ?""";
	private static final String WITH_NAMES = "SELECT ins.id, v.name FROM ins JOIN health_venue v ON v.id = ins.venue_id";
	private static final String IDS_ONLY = "SELECT ins.id, NULL FROM ins";

	private final JdbcTemplate template;

	PostgresInsert(JdbcTemplate template) {
		this.template = template;
	}

	/** The ids inserted, each with its venue's name ({@code null} when {@code names} is false). */
	Map<UUID, String> insert(List<PendingCheckIn> rows, boolean names) {
		return template.execute((ConnectionCallback<Map<UUID, String>>) con -> {
			List<PendingCheckIn> fresh = withoutRepeats(con, rows);
			return fresh.isEmpty() ? Map.of() : run(con, fresh, names);
		});
	}

	/** Exact: an epoch-microsecond count times one microsecond, no floating point. */
	private static String at(String micros) {
		return "timestamptz 'epoch' + " + micros + " * interval '1 microsecond'";
	}

	/** The rows, less those whose named id is already stored within a day of their check-in time. */
	private static List<PendingCheckIn> withoutRepeats(Connection con, List<PendingCheckIn> rows) throws SQLException {
		List<UUID> named = new ArrayList<>();
		Instant earliest = Instant.MAX;
		Instant latest = Instant.MIN;
		for (PendingCheckIn r : rows) {
			if (r.derived()) {
				named.add(r.id());
				earliest = r.checkedInAt().isBefore(earliest) ? r.checkedInAt() : earliest;
				latest = r.checkedInAt().isAfter(latest) ? r.checkedInAt() : latest;
			}
		}
		if (named.isEmpty()) {
			return rows;
		}
		Map<UUID, List<Instant>> seen = new HashMap<>();
		Array ids = con.createArrayOf("uuid", named.toArray());
		try (PreparedStatement ps = con.prepareStatement(SEEN)) {
			ps.setArray(1, ids);
			ps.setObject(2, earliest.minus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
			ps.setObject(3, latest.plus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					seen.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>(1))
						.add(rs.getObject(2, OffsetDateTime.class).toInstant());
				}
			}
		}
		finally {
			ids.free();
		}
		if (seen.isEmpty()) {
			return rows;
		}
		List<PendingCheckIn> fresh = new ArrayList<>(rows.size());
		for (PendingCheckIn r : rows) {
			if (!r.derived() || !storedNear(seen.get(r.id()), r.checkedInAt())) {
				fresh.add(r);
			}
		}
		return fresh;
	}

	private static boolean storedNear(List<Instant> stored, Instant at) {
		if (stored == null) {
			return false;
		}
		Instant from = at.minus(CheckInInserts.SAME_ID_WINDOW);
		Instant to = at.plus(CheckInInserts.SAME_ID_WINDOW);
		return stored.stream().anyMatch(s -> s.isAfter(from) && s.isBefore(to));
	}

	private static Map<UUID, String> run(Connection con, List<PendingCheckIn> rows, boolean names)
			throws SQLException {
		int n = rows.size();
		String[][] text = new String[6][n];
		Long[][] times = new Long[2][n];
		for (int i = 0; i < n; i++) {
			PendingCheckIn r = rows.get(i);
			text[0][i] = r.id().toString();
			text[1][i] = r.venueCode();
			text[2][i] = r.personRef();
			times[0][i] = micros(r.checkedInAt());
			times[1][i] = r.checkedOutAt() == null ? null : micros(r.checkedOutAt());
			text[3][i] = r.source().name();
			text[4][i] = r.deviceId();
			text[5][i] = r.recordedBy();
		}
		String sql = SQL.formatted(names ? WITH_NAMES : IDS_ONLY);
		List<Array> arrays = new ArrayList<>();
		try (PreparedStatement ps = con.prepareStatement(sql)) {
			arrays.add(con.createArrayOf("text", text[0]));
			arrays.add(con.createArrayOf("text", text[1]));
			arrays.add(con.createArrayOf("text", text[2]));
			arrays.add(con.createArrayOf("int8", times[0]));
			arrays.add(con.createArrayOf("int8", times[1]));
			arrays.add(con.createArrayOf("text", text[3]));
			arrays.add(con.createArrayOf("text", text[4]));
			arrays.add(con.createArrayOf("text", text[5]));
			for (int c = 0; c < arrays.size(); c++) {
				ps.setArray(c + 1, arrays.get(c));
			}
			Map<UUID, String> inserted = new HashMap<>(n * 2);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					inserted.put(rs.getObject(1, UUID.class), rs.getString(2));
				}
			}
			return inserted;
		}
		finally {
			for (Array array : arrays) {
				array.free();
			}
		}
	}

	private static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
	}
}
