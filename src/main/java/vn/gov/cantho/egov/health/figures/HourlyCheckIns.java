package vn.gov.cantho.egov.health.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.domain.RetentionProperties;

/**
 * Check-ins per ward or commune and hour, kept in health_check_in_hourly so that figures never count the check-ins
 * themselves (tens of millions of rows). Every minute a refresh takes the rows recorded since the last one, up to a
 * couple of minutes ago (a check-in's transaction is long committed by then), and adds them to their hours: a device
 * batch uploaded late counts in the hours its check-ins happened. The window is claimed by a conditional update of
 * the mark first, so two nodes never add the same rows twice. Figures add the few rows recorded after the mark, read
 * in the same snapshot as the hourly counts, so they are exact up to the moment they are read.
 * <p>
 * Hours are counted in UTC: Vietnam's offset is a whole seven hours (no daylight saving), so each UTC hour is exactly
 * one local hour.
 */
@Component
public class HourlyCheckIns {

	static final String MARK = "check-ins";
	static final Duration WINDOW = Duration.ofHours(1);
	private static final Logger log = LoggerFactory.getLogger(HourlyCheckIns.class);
	private static final String BUCKET = "CAST(FLOOR(EXTRACT(EPOCH FROM %s) / 3600) AS BIGINT)";

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final TransactionTemplate snapshot;
	private final RetentionProperties retention;
	private final Clock clock;
	private final Duration grace;

	HourlyCheckIns(JdbcClient jdbc, PlatformTransactionManager transactions, RetentionProperties retention,
			Clock clock, @Value("${egov.health.figures.refresh-grace:2m}") Duration grace) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.retention = retention;
		this.clock = clock;
		this.grace = grace;
	}

	/** One ward's or commune's check-ins in one hour. */
	public record Cell(String unitCode, Instant hour, long checkIns) {
	}

	@Scheduled(fixedDelayString = "${egov.health.figures.refresh-interval:1m}",
			initialDelayString = "${egov.health.figures.refresh-interval:1m}")
	void scheduled() {
		refresh();
	}

	/** Adds every check-in recorded up to a little before now; returns how many windows this call counted. */
	public int refresh() {
		return refresh(clock.instant().minus(grace));
	}

	/**
	 * Adds every check-in recorded before {@code limit}. Rows recorded before the mark later are never counted: only
	 * a limit safely in the past (all transactions that recorded before it committed) keeps the counts exact.
	 */
	public int refresh(Instant limit) {
		// the database keeps microseconds at most: a finer limit would never be reached by the stored mark
		Instant upTo = limit.truncatedTo(ChronoUnit.MILLIS);
		int windows = 0;
		Boolean counted;
		do {
			counted = transaction.execute(status -> countWindow(upTo));
			if (Boolean.TRUE.equals(counted)) {
				windows++;
			}
		}
		while (Boolean.TRUE.equals(counted));
		if (windows > 1) {
			log.info("Hourly check-in counts caught up over {} windows", windows);
		}
		return windows;
	}

	/** Everything recorded before this moment is in the hourly counts (null before the first refresh). */
	public Instant countedUntil() {
		OffsetDateTime at = jdbc.sql("SELECT counted_until FROM health_check_in_hourly_mark WHERE name = :name")
			.param("name", MARK)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		return at == null ? null : at.toInstant();
	}

	/**
	 * The check-ins that began from {@code from} (included) to {@code to} (excluded) per unit and hour: the hourly
	 * counts plus the rows recorded since the mark. The mark and both reads share one repeatable-read snapshot, so a
	 * refresh committing meanwhile is counted exactly once; the mark is passed as a value (not a subquery) so that the
	 * planner sees how few rows follow it and reads them through the BRIN index on recorded_at.
	 */
	public List<Cell> cells(Instant from, Instant to) {
		return snapshot.execute(status -> {
			Instant mark = countedUntil();
			String sql = "SELECT unit_code, bucket, SUM(n) AS n FROM ("
					+ " SELECT unit_code, " + BUCKET.formatted("hour_start") + " AS bucket, check_ins AS n"
					+ " FROM health_check_in_hourly WHERE hour_start >= :from AND hour_start < :to"
					+ " UNION ALL"
					+ " SELECT v.unit_code, " + BUCKET.formatted("c.checked_in_at") + " AS bucket, COUNT(*) AS n"
					+ " FROM health_check_in c JOIN health_venue v ON v.id = c.venue_id"
					+ " WHERE c.checked_in_at >= :from AND c.checked_in_at < :to AND c.recorded_at >= :mark"
					+ " GROUP BY v.unit_code, " + BUCKET.formatted("c.checked_in_at")
					+ ") counted GROUP BY unit_code, bucket ORDER BY bucket, unit_code";
			return jdbc.sql(sql)
				.param("from", utc(from))
				.param("to", utc(to))
				.param("mark", utc(mark == null ? Instant.EPOCH : mark))
				.query((rs, n) -> new Cell(rs.getString("unit_code"),
						Instant.ofEpochSecond(rs.getLong("bucket") * 3600), rs.getLong("n")))
				.list();
		});
	}

	private boolean countWindow(Instant limit) {
		Instant from = countedUntil();
		if (from == null) {
			// Nothing can be older than the check-in retention: start there instead of scanning for the oldest row.
			from = LocalDate.now(clock.withZone(DailyPartitions.ZONE))
				.minusDays(retention.checkInDays() + 1L)
				.atStartOfDay(DailyPartitions.ZONE)
				.toInstant();
			if (jdbc.sql("UPDATE health_check_in_hourly_mark SET counted_until = :from"
					+ " WHERE name = :name AND counted_until IS NULL")
				.param("from", utc(from))
				.param("name", MARK)
				.update() == 0) {
				// another node set it first; go on from its value (and stop if the mark row is missing)
				return countedUntil() != null;
			}
		}
		Instant to = from.plus(WINDOW).isBefore(limit) ? from.plus(WINDOW) : limit;
		if (!to.isAfter(from)) {
			return false;
		}
		int claimed = jdbc.sql("UPDATE health_check_in_hourly_mark SET counted_until = :to"
				+ " WHERE name = :name AND counted_until = :from")
			.param("to", utc(to))
			.param("name", MARK)
			.param("from", utc(from))
			.update();
		if (claimed == 0) {
			// another node counted this window and moved the mark: read it again and carry on from there
			return true;
		}
		List<Cell> cells = jdbc.sql("SELECT v.unit_code, " + BUCKET.formatted("c.checked_in_at") + " AS bucket,"
				+ " COUNT(*) AS n FROM health_check_in c JOIN health_venue v ON v.id = c.venue_id"
				+ " WHERE c.recorded_at >= :from AND c.recorded_at < :to GROUP BY v.unit_code, "
				+ BUCKET.formatted("c.checked_in_at"))
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new Cell(rs.getString("unit_code"), Instant.ofEpochSecond(rs.getLong("bucket") * 3600),
					rs.getLong("n")))
			.list();
		cells.forEach(this::add);
		return true;
	}

	private void add(Cell cell) {
		int updated = jdbc.sql("UPDATE health_check_in_hourly SET check_ins = check_ins + :n"
				+ " WHERE hour_start = :hour AND unit_code = :unit")
			.param("n", cell.checkIns())
			.param("hour", utc(cell.hour()))
			.param("unit", cell.unitCode())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO health_check_in_hourly (unit_code, hour_start, check_ins) VALUES (:unit, :hour, :n)")
				.param("unit", cell.unitCode())
				.param("hour", utc(cell.hour()))
				.param("n", cell.checkIns())
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
