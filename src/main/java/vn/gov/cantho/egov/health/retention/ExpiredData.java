package vn.gov.cantho.egov.health.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Removes check-ins and declarations of the local days before the first day kept. On PostgreSQL it drops whole daily
 * partitions, one day per transaction, each recorded in the audit log with the partitions it dropped. Dropping a
 * partition locks its parent table, which waits for running statements and makes new inserts wait behind it: the lock
 * wait is bounded ({@code lock-timeout}) and retried a few times, so a long tracing query costs a retry, never a stall
 * of every check-in. On H2 (no partitions) it deletes the rows in batches, each batch its own short transaction.
 */
@Component
class ExpiredData {

	static final String CHECK_INS = "health_check_in";
	static final String DECLARATIONS = "health_declaration";
	static final List<String> TABLES = List.of(CHECK_INS, DECLARATIONS);
	static final int BATCH = 1000;
	/** The advisory lock key that serialises partition drops across nodes (any constant the platform uses once). */
	static final long DROP_LOCK = 0x4845_414c_5448_0001L;
	private static final Logger log = LoggerFactory.getLogger(ExpiredData.class);

	private final DailyPartitions partitions;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final TransactionTemplate transaction;
	private final Duration lockTimeout;
	private final int attempts;
	private final Duration pause;

	ExpiredData(DailyPartitions partitions, JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions,
			@Value("${egov.health.retention.lock-timeout:5s}") Duration lockTimeout,
			@Value("${egov.health.retention.drop-attempts:3}") int attempts,
			@Value("${egov.health.retention.retry-pause:10s}") Duration pause) {
		this.partitions = partitions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.lockTimeout = lockTimeout;
		this.attempts = Math.max(1, attempts);
		this.pause = pause;
	}

	boolean partitioned() {
		return partitions.partitioned();
	}

	/**
	 * PostgreSQL: drops the partitions of both tables for the days before {@code firstKept}, adding each day to
	 * {@code dropped} as soon as it is gone (so a run that fails half-way still says what it removed). A day another
	 * node dropped meanwhile is not counted again.
	 */
	void dropPartitionsBefore(LocalDate firstKept, List<LocalDate> dropped) {
		Set<LocalDate> expired = new TreeSet<>();
		for (String table : TABLES) {
			partitions.days(table).stream().filter(day -> day.isBefore(firstKept)).forEach(expired::add);
		}
		for (LocalDate day : expired) {
			if (dropDay(day)) {
				dropped.add(day);
			}
		}
	}

	/** @return whether this call dropped a partition of the day (false when another node had) */
	private boolean dropDay(LocalDate day) {
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(transaction.execute(status -> {
					// SET LOCAL ends with the transaction: the pooled connection keeps no lock timeout afterwards.
					jdbc.sql("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'").update();
					// One drop at a time across nodes: PostgreSQL answers two concurrent drops of the same partition
					// with an internal error (could not find tuple for parent of relation) instead of a no-op.
					jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", DROP_LOCK).query((rs, n) -> 1).list();
					List<String> present = TABLES.stream().filter(table -> partitions.days(table).contains(day)).toList();
					if (present.isEmpty()) {
						return false;
					}
					partitions.dropBefore(day.plusDays(1));
					present.forEach(table -> audit.record("health.retention.partition-dropped", partition(table, day)));
					return true;
				}));
			}
			catch (TransientDataAccessException e) {
				if (attempt >= attempts) {
					throw e;
				}
				log.info("Partitions of {} not dropped yet (lock wait over {}), retrying", day, lockTimeout);
				sleep();
			}
		}
	}

	/** H2: deletes the rows of {@code table} whose {@code column} is before {@code cut}, a batch at a time. */
	long deleteBefore(String table, String column, Instant cut) {
		long deleted = 0;
		int batch;
		do {
			batch = jdbc.sql("DELETE FROM " + table + " WHERE " + column + " < :cut FETCH FIRST " + BATCH + " ROWS ONLY")
				.param("cut", cut.atOffset(ZoneOffset.UTC))
				.update();
			deleted += batch;
		}
		while (batch == BATCH);
		if (deleted > 0) {
			audit.record("health.retention.rows-deleted", table + " < " + cut + ": " + deleted);
		}
		return deleted;
	}

	static String partition(String table, LocalDate day) {
		return table + "_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	private void sleep() {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
