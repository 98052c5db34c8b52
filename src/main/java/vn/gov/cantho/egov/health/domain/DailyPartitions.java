package vn.gov.cantho.egov.health.domain;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The daily partitions of check-ins and declarations on PostgreSQL: one per local day (Asia/Ho_Chi_Minh), named
 * {@code <table>_pYYYYMMDD}, created ahead of time (at start and by the retention job) and dropped whole when past
 * retention. Dropping a partition is instant and leaves nothing to vacuum, unlike deleting millions of rows. On H2
 * there are no partitions and nothing to do here.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class DailyPartitions {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final List<String> TABLES = List.of("health_check_in", "health_declaration");
	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;
	private static final Logger log = LoggerFactory.getLogger(DailyPartitions.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final RetentionProperties retention;
	private final boolean postgres;

	DailyPartitions(JdbcClient jdbc, DataSource dataSource, Clock clock, RetentionProperties retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
		this.postgres = isPostgres(dataSource);
		ensureCurrent();
	}

	public boolean partitioned() {
		return postgres;
	}

	/** Makes sure every day from the oldest held to the configured days ahead has its partition. */
	public void ensureCurrent() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		ensure(today.minusDays(retention.checkInDays()), today.plusDays(retention.partitionsAhead()));
	}

	/** Creates the missing partitions of the days {@code from} to {@code to}, both included. */
	public void ensure(LocalDate from, LocalDate to) {
		if (!postgres) {
			return;
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (String table : TABLES) {
				create(table, day);
			}
		}
	}

	/** Drops the partitions of the days before {@code day}; returns the days dropped (of the check-in table). */
	public List<LocalDate> dropBefore(LocalDate day) {
		List<LocalDate> dropped = new ArrayList<>();
		if (!postgres) {
			return dropped;
		}
		for (String table : TABLES) {
			for (LocalDate held : days(table)) {
				if (held.isBefore(day)) {
					jdbc.sql("DROP TABLE IF EXISTS " + name(table, held)).update();
					if (table.equals(TABLES.get(0))) {
						dropped.add(held);
					}
				}
			}
		}
		return dropped;
	}

	/** The days that have a partition of {@code table}, oldest first. */
	public List<LocalDate> days(String table) {
		if (!postgres) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = :table ORDER BY c.relname""")
			.param("table", table)
			.query(String.class)
			.list()
			.stream()
			.map(name -> LocalDate.parse(name.substring(name.length() - 8), SUFFIX))
			.toList();
	}

	private void create(String table, LocalDate day) {
		String sql = "CREATE TABLE IF NOT EXISTS " + name(table, day) + " PARTITION OF " + table
				+ " FOR VALUES FROM ('" + day.atStartOfDay(ZONE).toOffsetDateTime() + "') TO ('"
				+ day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime() + "')";
		try {
			jdbc.sql(sql).update();
		}
		catch (DataAccessException e) {
			// Another node created it between our check and our statement: that is what we wanted.
			if (!days(table).contains(day)) {
				throw e;
			}
			log.debug("partition {} created by another node", name(table, day));
		}
	}

	static String name(String table, LocalDate day) {
		return table + "_p" + day.format(SUFFIX);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL".equalsIgnoreCase(
					JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException e) {
			return false;
		}
	}
}
