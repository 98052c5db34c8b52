package vn.gov.cantho.egov.health.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * The check-in reads of tracing, each a set of ranges sent as one VALUES list (at most {@code chunk} per statement).
 * Every range is a condition the indexes answer directly: {@code person_id = ? AND checked_in_at >= ? AND
 * checked_in_at < ?} or the same on {@code venue_id}, with the lower bound a maximum stay before the window, so on
 * PostgreSQL each range is one index range scan in each daily partition it covers (one or two for a venue window, the
 * days since an exposure for a person). On PostgreSQL the ranges are joined LATERAL with an OFFSET 0 fence, which keeps
 * the plan a nested loop of such scans (pruning partitions at run time) whatever the planner guesses of the list; H2
 * has no partitions and joins the list plainly.
 */
@Component
public class CheckInQueries implements CheckInSource {

	private final JdbcClient jdbc;
	private final boolean postgres;
	private final int chunk;

	CheckInQueries(JdbcClient jdbc, DailyPartitions partitions, TracingProperties properties) {
		this.jdbc = jdbc;
		this.postgres = partitions.partitioned();
		this.chunk = properties.chunk();
	}

	@Override
	public List<Visit> visitsOf(List<PersonRange> people) {
		return chunked(people, part -> {
			List<Object> params = new ArrayList<>();
			for (PersonRange range : part) {
				params.add(range.personId());
				params.add(at(range.from()));
				params.add(at(range.until()));
			}
			return jdbc.sql(personSql(part.size(), postgres)).params(params).query((rs, n) -> visit(rs)).list();
		});
	}

	@Override
	public List<Hit> atVenues(List<VenueRange> ranges) {
		List<Hit> hits = new ArrayList<>();
		for (int start = 0; start < ranges.size(); start += chunk) {
			List<VenueRange> part = ranges.subList(start, Math.min(ranges.size(), start + chunk));
			int offset = start;
			List<Object> params = new ArrayList<>();
			for (int i = 0; i < part.size(); i++) {
				VenueRange range = part.get(i);
				params.add(offset + i);
				params.add(range.venueId());
				params.add(at(range.from()));
				params.add(at(range.until()));
				params.add(at(range.stayFloor()));
				params.add(at(range.windowFrom()));
			}
			hits.addAll(jdbc.sql(venueSql(part.size(), postgres)).params(params).query((rs, n) -> new Hit(rs.getInt("idx"), visit(rs))).list());
		}
		return hits;
	}

	@Override
	public Map<Long, VenueRules> venues(Collection<Long> venueIds) {
		Map<Long, VenueRules> rules = new HashMap<>();
		chunked(List.copyOf(venueIds), part -> jdbc
			.sql("SELECT id, default_stay_minutes, min_overlap_minutes FROM health_venue WHERE id IN (:ids)")
			.param("ids", part)
			.query((rs, n) -> Map.entry(rs.getLong("id"),
					new VenueRules(rs.getInt("default_stay_minutes"), rs.getInt("min_overlap_minutes"))))
			.list()).forEach(entry -> rules.put(entry.getKey(), entry.getValue()));
		return rules;
	}

	/** Visits of {@code rows} people, each with a check-in time range: parameters person, from, until per row. */
	static String personSql(int rows, boolean postgres) {
		String where = "c.person_id = w.person_id AND c.checked_in_at >= w.lo AND c.checked_in_at < w.hi";
		return "SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM "
				+ values(rows, "BIGINT", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE")
				+ " AS w(person_id, lo, hi) " + join(where, postgres);
	}

	/**
	 * Check-ins around {@code rows} windows: parameters index, venue, from, until, stay floor, window start per row.
	 * The index range is venue and check-in time only; the rest is a filter on the rows found.
	 */
	static String venueSql(int rows, boolean postgres) {
		String where = "c.venue_id = w.venue_id AND c.checked_in_at >= w.lo AND c.checked_in_at < w.hi"
				+ " AND (c.checked_in_at >= w.floor OR c.checked_out_at > w.wfrom)";
		return "SELECT w.idx, c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM "
				+ values(rows, "INT", "BIGINT", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE",
						"TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE")
				+ " AS w(idx, venue_id, lo, hi, floor, wfrom) " + join(where, postgres);
	}

	/** The check-ins matching each range: LATERAL on PostgreSQL (see the class comment), a plain join on H2. */
	private static String join(String where, boolean postgres) {
		String columns = "SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM health_check_in c";
		// OFFSET 0 keeps the subquery from being flattened into a hash join over every partition (which the planner
		// prefers on small tables): each range stays one parameterised index scan, pruned to its partitions at run time
		return postgres ? "CROSS JOIN LATERAL (" + columns + " WHERE " + where + " OFFSET 0) c"
				: "JOIN health_check_in c ON " + where;
	}

	/** {@code (VALUES (CAST(? AS T1), ...), (?, ...))}: the first row names the types, the rest follow them. */
	static String values(int rows, String... types) {
		StringBuilder sql = new StringBuilder("(VALUES ");
		for (int row = 0; row < rows; row++) {
			sql.append(row == 0 ? "(" : ", (");
			for (int column = 0; column < types.length; column++) {
				sql.append(column == 0 ? "" : ", ").append(row == 0 ? "CAST(? AS " + types[column] + ")" : "?");
			}
			sql.append(')');
		}
		return sql.append(')').toString();
	}

	private <T, R> List<R> chunked(List<T> all, Function<List<T>, List<R>> query) {
		List<R> result = new ArrayList<>();
		for (int start = 0; start < all.size(); start += chunk) {
			result.addAll(query.apply(all.subList(start, Math.min(all.size(), start + chunk))));
		}
		return result;
	}

	private static Visit visit(ResultSet rs) throws SQLException {
		OffsetDateTime out = rs.getObject("checked_out_at", OffsetDateTime.class);
		return new Visit(rs.getLong("person_id"), rs.getLong("venue_id"),
				rs.getObject("checked_in_at", OffsetDateTime.class).toInstant(), out == null ? null : out.toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}
}
