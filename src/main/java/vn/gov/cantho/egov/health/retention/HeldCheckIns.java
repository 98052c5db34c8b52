package vn.gov.cantho.egov.health.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * How many check-ins and declarations are held, the oldest, and when it goes. On PostgreSQL a count over tens of
 * millions of rows would scan them all, so the figures come from each partition's statistics (the planner's row
 * estimate, kept current by autovacuum's ANALYZE as the partition grows; the live-row counter for a partition never
 * analysed yet) and the partition bounds: the oldest is the start of the oldest day whose partition holds rows. On H2 they are an exact count and minimum.
 */
@Component
public class HeldCheckIns implements HeldData {

	public static final String CHECK_INS = "health.held.check-ins";
	public static final String DECLARATIONS = "health.held.declarations";

	private final JdbcClient jdbc;
	private final DailyPartitions partitions;
	private final RetentionSchedule schedule;

	HeldCheckIns(JdbcClient jdbc, DailyPartitions partitions, RetentionSchedule schedule) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.schedule = schedule;
	}

	@Override
	public List<HeldDataSet> held() {
		return List.of(held(CHECK_INS, ExpiredData.CHECK_INS, "checked_in_at"),
				held(DECLARATIONS, ExpiredData.DECLARATIONS, "declared_at"));
	}

	/** Whether the record counts are estimates (PostgreSQL statistics) rather than exact counts. */
	public boolean estimated() {
		return partitions.partitioned();
	}

	/** The daily partitions of check-ins and of declarations, oldest first; none on H2. */
	public List<HeldPartition> partitions() {
		return List.of(ExpiredData.CHECK_INS, ExpiredData.DECLARATIONS)
			.stream()
			.flatMap(table -> partitions(table).stream())
			.toList();
	}

	List<HeldPartition> partitions(String table) {
		if (!partitions.partitioned()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.relname AS name,
				CAST(CASE WHEN c.reltuples >= 0 THEN c.reltuples ELSE COALESCE(s.n_live_tup, 0) END AS BIGINT) AS estimate,
				pg_total_relation_size(c.oid) AS bytes
				FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
				LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
				WHERE p.relname = :table ORDER BY c.relname""")
			.param("table", table)
			.query((rs, n) -> {
				String name = rs.getString("name");
				LocalDate day = LocalDate.parse(name.substring(name.length() - 8), DateTimeFormatter.BASIC_ISO_DATE);
				return new HeldPartition(table, day, Math.max(0, rs.getLong("estimate")), rs.getLong("bytes"),
						schedule.deletedAt(day));
			})
			.list();
	}

	private HeldDataSet held(String kind, String table, String column) {
		if (partitions.partitioned()) {
			List<HeldPartition> held = partitions(table).stream().filter(p -> p.estimatedRows() > 0).toList();
			long records = held.stream().mapToLong(HeldPartition::estimatedRows).sum();
			if (held.isEmpty()) {
				return new HeldDataSet(kind, 0, null, schedule.keptFor(), null);
			}
			LocalDate oldest = held.get(0).day();
			return new HeldDataSet(kind, records, oldest.atStartOfDay(DailyPartitions.ZONE).toInstant(),
					schedule.keptFor(), schedule.deletedAt(oldest));
		}
		return jdbc.sql("SELECT COUNT(*) AS records, MIN(" + column + ") AS oldest FROM " + table)
			.query((rs, n) -> {
				OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
				Instant at = oldest == null ? null : oldest.toInstant();
				return new HeldDataSet(kind, rs.getLong("records"), at, schedule.keptFor(),
						at == null ? null : schedule.deletedAt(LocalDate.ofInstant(at, DailyPartitions.ZONE)));
			})
			.single();
	}
}
