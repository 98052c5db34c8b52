package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.dossier.DossierOverdue;
import vn.gov.cantho.egov.dossier.DossierState;

/**
 * Flags dossiers past their appointment while their clock runs, once a day and on demand. Several app nodes may run
 * it at the same moment: each dossier is flagged by a conditional UPDATE that only finds it while unflagged, so
 * exactly one node wins it and publishes {@link DossierOverdue}, once per dossier for good (the flag is never
 * cleared; an apology's new date does not make the dossier announce lateness twice).
 */
@Component
public class LatenessJob {

	private static final Logger log = LoggerFactory.getLogger(LatenessJob.class);
	private static final int BATCH = 200;
	private static final List<String> CLOCK_RUNS = Arrays.stream(DossierState.values())
		.filter(DossierState::clockRuns)
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	LatenessJob(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${egov.dossier.lateness-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		int flagged = flagOverdue();
		if (flagged > 0) {
			log.info("{} dossiers became overdue", flagged);
		}
	}

	/** @return how many dossiers this call flagged (others may have been flagged by another node meanwhile) */
	public int flagOverdue() {
		Instant now = clock.instant();
		int flagged = 0;
		List<Long> candidates;
		do {
			candidates = jdbc.sql("""
					SELECT id FROM dossier
					WHERE overdue_since IS NULL AND due_at < :now AND state IN (:running)
					ORDER BY due_at, id LIMIT :batch""")
				.param("now", Times.utc(now))
				.param("running", CLOCK_RUNS)
				.param("batch", BATCH)
				.query(Long.class)
				.list();
			for (Long id : candidates) {
				if (Boolean.TRUE.equals(transaction.execute(status -> flag(id, now)))) {
					flagged++;
				}
			}
		}
		while (candidates.size() == BATCH);
		return flagged;
	}

	private boolean flag(long id, Instant now) {
		int won = jdbc.sql("""
				UPDATE dossier SET overdue_since = :now
				WHERE id = :id AND overdue_since IS NULL AND due_at < :now AND state IN (:running)""")
			.param("now", Times.utc(now))
			.param("id", id)
			.param("running", CLOCK_RUNS)
			.update();
		if (won == 0) {
			return false;
		}
		jdbc.sql("SELECT code, agency_code FROM dossier WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new DossierOverdue(rs.getString("code"), rs.getString("agency_code"), now))
			.optional()
			.ifPresent(overdue -> {
				audit.record("dossier.overdue", overdue.code());
				events.publishEvent(overdue);
			});
		return true;
	}
}
