package vn.gov.cantho.egov.health.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
 * inserting nothing, the inserted ids returned (with their venue's name when a caller waits for a receipt).
 * <p>
 * Named ids (devices, Idempotency-Keys) are also checked against an id stored within a day of the check-in time. The
 * group's earliest and latest times bound that check, so only the partitions of those days are searched.
 * <p>
 * It runs on {@link CheckInConnections}, whose sessions plan it generically, once per connection. One statement
 * commits on its own: no BEGIN and COMMIT round trips.
 */
class PostgresInsert {

	private static final String SQL = """
			WITH t AS (
			    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[],
			        ?::text[], ?::text[], ?::boolean[])
			        AS t(id, venue_code, person_ref, checked_in_at, checked_out_at, source, device_id, recorded_by,
			        derived)
			), ins AS (
			    INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, device_id,
			        recorded_by, recorded_at)
			    SELECT t.id::uuid, v.id, p.id, t.checked_in_at, t.checked_out_at, t.source, t.device_id,
			        t.recorded_by, now()
			    FROM t JOIN health_venue v ON v.code = t.venue_code AND v.active
			    JOIN health_person p ON p.ref = t.person_ref
			    %s
			    ON CONFLICT DO NOTHING
			    RETURNING id, venue_id
			)
			%s""";

	/** Planning this check reaches into every daily partition: groups of random ids only leave it out. */
	private static final String SAME_ID_CHECK = """
			WHERE NOT t.derived OR NOT EXISTS (SELECT 1 FROM health_check_in c WHERE c.id = t.id::uuid
			        AND c.checked_in_at > t.checked_in_at - interval '1 day'
			        AND c.checked_in_at < t.checked_in_at + interval '1 day'
			        AND c.checked_in_at > ? AND c.checked_in_at < ?)""";
	private static final String WITH_NAMES = "SELECT ins.id, v.name FROM ins JOIN health_venue v ON v.id = ins.venue_id";
	private static final String IDS_ONLY = "SELECT ins.id, NULL FROM ins";

	private final JdbcTemplate template;

	PostgresInsert(JdbcTemplate template) {
		this.template = template;
	}

	/** The ids inserted, each with its venue's name ({@code null} when {@code names} is false). */
	Map<UUID, String> insert(List<PendingCheckIn> rows, boolean names) {
		return template.execute((ConnectionCallback<Map<UUID, String>>) con -> run(con, rows, names));
	}

	private static Map<UUID, String> run(Connection con, List<PendingCheckIn> rows, boolean names)
			throws SQLException {
		int n = rows.size();
		String[][] text = new String[6][n];
		String[][] times = new String[2][n];
		Boolean[] derived = new Boolean[n];
		boolean anyDerived = false;
		Instant earliest = Instant.MAX;
		Instant latest = Instant.MIN;
		for (int i = 0; i < n; i++) {
			PendingCheckIn r = rows.get(i);
			text[0][i] = r.id().toString();
			text[1][i] = r.venueCode();
			text[2][i] = r.personRef();
			times[0][i] = r.checkedInAt().toString();
			times[1][i] = r.checkedOutAt() == null ? null : r.checkedOutAt().toString();
			text[3][i] = r.source().name();
			text[4][i] = r.deviceId();
			text[5][i] = r.recordedBy();
			derived[i] = r.derived();
			anyDerived |= r.derived();
			earliest = r.checkedInAt().isBefore(earliest) ? r.checkedInAt() : earliest;
			latest = r.checkedInAt().isAfter(latest) ? r.checkedInAt() : latest;
		}
		String sql = SQL.formatted(anyDerived ? SAME_ID_CHECK : "", names ? WITH_NAMES : IDS_ONLY);
		List<Array> arrays = new ArrayList<>();
		try (PreparedStatement ps = con.prepareStatement(sql)) {
			arrays.add(con.createArrayOf("text", text[0]));
			arrays.add(con.createArrayOf("text", text[1]));
			arrays.add(con.createArrayOf("text", text[2]));
			arrays.add(con.createArrayOf("text", times[0]));
			arrays.add(con.createArrayOf("text", times[1]));
			arrays.add(con.createArrayOf("text", text[3]));
			arrays.add(con.createArrayOf("text", text[4]));
			arrays.add(con.createArrayOf("text", text[5]));
			arrays.add(con.createArrayOf("bool", derived));
			for (int c = 0; c < arrays.size(); c++) {
				ps.setArray(c + 1, arrays.get(c));
			}
			if (anyDerived) {
				ps.setObject(10, earliest.minus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
				ps.setObject(11, latest.plus(CheckInInserts.SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
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
}
