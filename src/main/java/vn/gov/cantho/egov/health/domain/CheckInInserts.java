package vn.gov.cantho.egov.health.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based insert of check-ins, in the caller's transaction: venue codes and person references are resolved to ids
 * inside the statement (an unknown or closed venue, or an unknown person, simply inserts nothing), and an id already
 * stored within a day of the same check-in time inserts nothing either (a repeated upload). On PostgreSQL one
 * statement takes the whole group as arrays through {@code unnest} and answers the inserted ids with their venue
 * names; on H2 (development and tests) a JDBC batch of one statement per row does the same. Rows that inserted
 * nothing are then explained with two reads, which only happen for refused or repeated rows.
 */
@Component
class CheckInInserts {

	/** How far apart two arrivals of the same check-in id may lie and still be recognised as the same one. */
	static final Duration SAME_ID_WINDOW = Duration.ofDays(1);

	/**
	 * One statement for the whole group. Rows are given as arrays (text, cast in the statement) and joined to the venue
	 * (open ones only) and the person; a conflict on the key inserts nothing; the inserted ids come back with their
	 * venue's name. {@code %s} is empty for groups of random ids only, or the check for the same id within a day.
	 */
	private static final String POSTGRES = """
			WITH t AS (
			    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			        ?::text[], ?::boolean[])
			        AS t(id, venue_code, person_ref, checked_in_at, checked_out_at, source, device_id, recorded_by,
			        derived)
			), ins AS (
			    INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, device_id,
			        recorded_by, recorded_at)
			    SELECT t.id::uuid, v.id, p.id, t.checked_in_at::timestamptz, t.checked_out_at::timestamptz, t.source,
			        t.device_id, t.recorded_by, now()
			    FROM t JOIN health_venue v ON v.code = t.venue_code AND v.active
			    JOIN health_person p ON p.ref = t.person_ref
			    %s
			    ON CONFLICT DO NOTHING
			    RETURNING id, venue_id
			)
			SELECT ins.id, v.name FROM ins JOIN health_venue v ON v.id = ins.venue_id""";

	/**
	 * Planning this check costs more than the rest of the statement (it reaches into every daily partition before
	 * run-time pruning), so groups of random ids only, which never repeat, leave it out.
	 */
	private static final String SAME_ID_CHECK = """
			WHERE NOT t.derived OR NOT EXISTS (SELECT 1 FROM health_check_in c WHERE c.id = t.id::uuid
			        AND c.checked_in_at > t.checked_in_at::timestamptz - interval '1 day'
			        AND c.checked_in_at < t.checked_in_at::timestamptz + interval '1 day')""";
	private static final String POSTGRES_RANDOM_IDS = POSTGRES.formatted("");
	private static final String POSTGRES_NAMED_IDS = POSTGRES.formatted(SAME_ID_CHECK);

	private static final String H2 = """
			INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, device_id,
			    recorded_by, recorded_at)
			SELECT ?, v.id, p.id, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP FROM health_venue v JOIN health_person p ON p.ref = ?
			WHERE v.code = ? AND v.active
			AND NOT EXISTS (SELECT 1 FROM health_check_in c WHERE c.id = ? AND c.checked_in_at > ?
			    AND c.checked_in_at < ?)""";

	private final JdbcTemplate template;
	private final JdbcClient jdbc;
	private final boolean postgres;

	CheckInInserts(JdbcTemplate template, JdbcClient jdbc, DailyPartitions partitions) {
		this.template = template;
		this.jdbc = jdbc;
		this.postgres = partitions.partitioned();
	}

	/** Whether one statement writes a whole group, so that it needs no transaction around it. */
	boolean singleStatement() {
		return postgres;
	}

	/**
	 * Inserts the rows (their ids distinct) and says for each, in the same order, what became of it. On PostgreSQL
	 * the insert is one statement, atomic on its own; on H2 it must run in a transaction. An exception means nothing
	 * of the group was stored.
	 */
	List<RowOutcome> insert(List<PendingCheckIn> rows) {
		Map<UUID, String> inserted = postgres ? insertPostgres(rows) : insertH2(rows);
		List<RowOutcome> outcomes = new ArrayList<>(rows.size());
		List<PendingCheckIn> missing = new ArrayList<>();
		for (PendingCheckIn row : rows) {
			if (!inserted.containsKey(row.id())) {
				missing.add(row);
			}
		}
		Set<String> openVenues = missing.isEmpty() ? Set.of() : openVenues(missing);
		Set<String> knownPeople = missing.isEmpty() ? Set.of() : knownPeople(missing);
		for (PendingCheckIn row : rows) {
			String name = inserted.get(row.id());
			if (name != null) {
				outcomes.add(RowOutcome.inserted(name));
			}
			else if (!openVenues.contains(row.venueCode())) {
				outcomes.add(RowOutcome.UNKNOWN_VENUE);
			}
			else if (!knownPeople.contains(row.personRef())) {
				outcomes.add(RowOutcome.UNKNOWN_PERSON);
			}
			else {
				outcomes.add(RowOutcome.DUPLICATE);
			}
		}
		return outcomes;
	}

	private Map<UUID, String> insertPostgres(List<PendingCheckIn> rows) {
		return template.execute((ConnectionCallback<Map<UUID, String>>) con -> {
			int n = rows.size();
			String[][] text = new String[8][n];
			Boolean[] derived = new Boolean[n];
			for (int i = 0; i < n; i++) {
				PendingCheckIn r = rows.get(i);
				text[0][i] = r.id().toString();
				text[1][i] = r.venueCode();
				text[2][i] = r.personRef();
				text[3][i] = r.checkedInAt().toString();
				text[4][i] = r.checkedOutAt() == null ? null : r.checkedOutAt().toString();
				text[5][i] = r.source().name();
				text[6][i] = r.deviceId();
				text[7][i] = r.recordedBy();
				derived[i] = r.derived();
			}
			List<Array> arrays = new ArrayList<>();
			boolean named = rows.stream().anyMatch(PendingCheckIn::derived);
			try (PreparedStatement ps = con.prepareStatement(named ? POSTGRES_NAMED_IDS : POSTGRES_RANDOM_IDS)) {
				for (int c = 0; c < text.length; c++) {
					arrays.add(con.createArrayOf("text", text[c]));
					ps.setArray(c + 1, arrays.get(c));
				}
				arrays.add(con.createArrayOf("bool", derived));
				ps.setArray(9, arrays.get(8));
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
		});
	}

	private Map<UUID, String> insertH2(List<PendingCheckIn> rows) {
		int[] counts = template.execute((ConnectionCallback<int[]>) con -> batchH2(con, rows));
		Map<UUID, String> inserted = new HashMap<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			if (counts[i] > 0) {
				codes.add(rows.get(i).venueCode());
			}
		}
		Map<String, String> names = codes.isEmpty() ? Map.of()
				: jdbc.sql("SELECT code, name FROM health_venue WHERE code IN (:codes)")
					.param("codes", codes)
					.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
					.list()
					.stream()
					.collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
		for (int i = 0; i < rows.size(); i++) {
			if (counts[i] > 0) {
				inserted.put(rows.get(i).id(), names.get(rows.get(i).venueCode()));
			}
		}
		return inserted;
	}

	private static int[] batchH2(Connection con, List<PendingCheckIn> rows) throws SQLException {
		try (PreparedStatement ps = con.prepareStatement(H2)) {
			for (PendingCheckIn r : rows) {
				ps.setObject(1, r.id());
				ps.setObject(2, r.checkedInAt().atOffset(ZoneOffset.UTC));
				ps.setObject(3, r.checkedOutAt() == null ? null : r.checkedOutAt().atOffset(ZoneOffset.UTC));
				ps.setString(4, r.source().name());
				ps.setString(5, r.deviceId());
				ps.setString(6, r.recordedBy());
				ps.setString(7, r.personRef());
				ps.setString(8, r.venueCode());
				ps.setObject(9, r.id());
				ps.setObject(10, r.checkedInAt().minus(SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
				ps.setObject(11, r.checkedInAt().plus(SAME_ID_WINDOW).atOffset(ZoneOffset.UTC));
				ps.addBatch();
			}
			return ps.executeBatch();
		}
	}

	private Set<String> openVenues(List<PendingCheckIn> rows) {
		return existing("SELECT code FROM health_venue WHERE active AND code IN (:keys)",
				rows.stream().map(PendingCheckIn::venueCode).distinct().toList());
	}

	private Set<String> knownPeople(List<PendingCheckIn> rows) {
		return existing("SELECT ref FROM health_person WHERE ref IN (:keys)",
				rows.stream().map(PendingCheckIn::personRef).distinct().toList());
	}

	/** The keys the query finds, asked a thousand at a time (a repeated upload may bring thousands). */
	private Set<String> existing(String sql, List<String> keys) {
		Set<String> found = new HashSet<>();
		for (int from = 0; from < keys.size(); from += 1_000) {
			found.addAll(jdbc.sql(sql)
				.param("keys", keys.subList(from, Math.min(keys.size(), from + 1_000)))
				.query(String.class)
				.list());
		}
		return found;
	}
}
