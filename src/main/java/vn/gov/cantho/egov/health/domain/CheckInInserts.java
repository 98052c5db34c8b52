package vn.gov.cantho.egov.health.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Set-based insert of check-ins: venue codes and person references are resolved to ids inside the statement (an
 * unknown or closed venue, or an unknown person, simply inserts nothing), and an id already stored within a day of
 * the same check-in time inserts nothing either (a repeated upload). On PostgreSQL one statement takes the whole group
 * ({@link PostgresInsert}); on H2 (development and tests) a JDBC batch of one statement per row, in the caller's
 * transaction, does the same. Rows that inserted nothing are then explained with two reads, which only happen for
 * refused or repeated rows.
 */
@Component
class CheckInInserts {

	/** How far apart two arrivals of the same check-in id may lie and still be recognised as the same one. */
	static final Duration SAME_ID_WINDOW = Duration.ofDays(1);

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
	private final PostgresInsert postgresInsert;

	CheckInInserts(JdbcTemplate template, JdbcClient jdbc, DailyPartitions partitions, CheckInConnections connections) {
		this.template = template;
		this.jdbc = jdbc;
		this.postgres = partitions.partitioned();
		this.postgresInsert = new PostgresInsert(connections.template());
	}

	/** Whether one statement writes a whole group, so that it needs no transaction around it (PostgreSQL). */
	boolean singleStatement() {
		return postgres;
	}

	/**
	 * Inserts the rows (their ids distinct) and says for each, in the same order, what became of it; {@code names}:
	 * whether an inserted row's outcome must carry its venue's name (a receipt). On PostgreSQL the insert is one
	 * statement, atomic on its own; on H2 it must run in a transaction. An exception means nothing of the group was
	 * stored.
	 */
	List<RowOutcome> insert(List<PendingCheckIn> rows, boolean names) {
		Map<UUID, String> inserted = postgres ? postgresInsert.insert(rows, names) : insertH2(rows);
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
			if (inserted.containsKey(row.id())) {
				outcomes.add(RowOutcome.inserted(inserted.get(row.id())));
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
