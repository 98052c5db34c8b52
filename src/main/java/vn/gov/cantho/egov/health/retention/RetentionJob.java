package vn.gov.cantho.egov.health.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Removes check-ins and declarations past their retention, daily a little after local midnight and once at start.
 * Every node runs it; the first to take the lease does the work and the others skip that run. On PostgreSQL it first
 * makes sure the partitions ahead exist, then drops the expired days' partitions; on H2 it deletes the expired rows.
 * Each run is audited ({@code health.retention.run} with the first day kept, plus one entry per partition dropped or
 * per table whose rows were deleted) and kept in health_retention_run for the retention page.
 */
@Component
public class RetentionJob {

	static final String DEFAULT_CRON = "0 15 0 * * *";
	static final String LEASE = "retention";
	static final Duration LEASE_LENGTH = Duration.ofMinutes(30);
	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final DailyPartitions partitions;
	private final ExpiredData expired;
	private final RetentionSchedule schedule;
	private final RetentionRuns runs;
	private final JobLease lease;
	private final AuditLog audit;
	private final Clock clock;

	RetentionJob(DailyPartitions partitions, ExpiredData expired, RetentionSchedule schedule, RetentionRuns runs,
			JobLease lease, AuditLog audit, Clock clock) {
		this.partitions = partitions;
		this.expired = expired;
		this.schedule = schedule;
		this.runs = runs;
		this.lease = lease;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${egov.health.retention.cron:" + DEFAULT_CRON + "}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		runLogged();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		runLogged();
	}

	private void runLogged() {
		try {
			RetentionRun run = run(schedule.today());
			if (!run.droppedDays().isEmpty() || run.checkInsDeleted() + run.declarationsDeleted() > 0) {
				log.info("Health retention: kept from {}, dropped days {}, deleted {} check-ins and {} declarations",
						run.firstKeptDay(), run.droppedDays(), run.checkInsDeleted(), run.declarationsDeleted());
			}
		}
		catch (DataAccessException e) {
			log.warn("Health retention run failed, the next run retries: {}", e.getMessage());
		}
	}

	/**
	 * Removes what is past retention on local day {@code today}: everything before {@link RetentionSchedule#firstKeptDay}.
	 * Safe to call from several nodes or threads at once and any number of times.
	 */
	public RetentionRun run(LocalDate today) {
		Instant started = clock.instant();
		LocalDate firstKept = schedule.firstKeptDay(today);
		String holder = UUID.randomUUID().toString();
		if (!lease.acquire(LEASE, holder, LEASE_LENGTH)) {
			return RetentionRun.skipped(started, firstKept);
		}
		long id = runs.started(started, firstKept);
		List<LocalDate> dropped = new ArrayList<>();
		try {
			RetentionRun run = removeBefore(started, firstKept, dropped);
			runs.finished(id, run);
			return run;
		}
		catch (RuntimeException e) {
			runs.finished(id, new RetentionRun(started, clock.instant(), firstKept, dropped, 0, 0,
					RetentionRun.Outcome.FAILED));
			throw e;
		}
		finally {
			lease.release(LEASE, holder);
		}
	}

	private RetentionRun removeBefore(Instant started, LocalDate firstKept, List<LocalDate> dropped) {
		audit.record("health.retention.run", "first kept " + firstKept);
		if (expired.partitioned()) {
			partitions.ensureCurrent();
			expired.dropPartitionsBefore(firstKept, dropped);
			return new RetentionRun(started, clock.instant(), firstKept, dropped, 0, 0, RetentionRun.Outcome.DONE);
		}
		Instant cut = firstKept.atStartOfDay(DailyPartitions.ZONE).toInstant();
		long checkIns = expired.deleteBefore(ExpiredData.CHECK_INS, "checked_in_at", cut);
		long declarations = expired.deleteBefore(ExpiredData.DECLARATIONS, "declared_at", cut);
		return new RetentionRun(started, clock.instant(), firstKept, List.of(), checkIns, declarations,
				RetentionRun.Outcome.DONE);
	}
}
