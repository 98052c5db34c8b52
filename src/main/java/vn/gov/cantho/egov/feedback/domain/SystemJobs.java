package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.feedback.FeedbackAction;

/**
 * The system's own actions, every few minutes and on demand: ESCALATE items still open past their deadline (once per
 * deadline: a reopened item gets a new one) and CLOSE answered items whose reopen window passed. Several nodes may
 * run at once: each item is changed in its own transaction by a save conditional on the version read, so exactly one
 * node wins it, writes the step and publishes the event; the others lose quietly.
 */
@Component
public class SystemJobs {

	private static final Logger log = LoggerFactory.getLogger(SystemJobs.class);
	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final ItemRepository items;
	private final FeedbackWorkflow workflow;
	private final FeedbackProperties properties;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SystemJobs(JdbcClient jdbc, ItemRepository items, FeedbackWorkflow workflow, FeedbackProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.workflow = workflow;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${egov.feedback.jobs-cron:0 */10 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		int escalated = escalate();
		int closed = closeAnswered();
		if (escalated + closed > 0) {
			log.info("Feedback: {} items escalated, {} closed after their reopen window", escalated, closed);
		}
	}

	/** @return how many items this call escalated */
	public int escalate() {
		Instant now = clock.instant();
		return run("""
				SELECT id FROM feedback_item WHERE escalated_at IS NULL AND due_at < :now AND state IN (:open)
				ORDER BY due_at, id LIMIT :batch""", now, FeedbackAction.ESCALATE);
	}

	/** @return how many answered items this call closed */
	public int closeAnswered() {
		Instant now = clock.instant();
		return run("""
				SELECT id FROM feedback_item WHERE state = 'RESOLVED' AND answered_at < :limit
				ORDER BY answered_at, id LIMIT :batch""", now, FeedbackAction.CLOSE);
	}

	private int run(String select, Instant now, FeedbackAction action) {
		int done = 0;
		List<Long> candidates;
		int rounds = 0;
		do {
			candidates = jdbc.sql(select)
				.param("now", Times.utc(now))
				.param("open", ItemQueries.OPEN)
				.param("limit", Times.utc(now.minus(Duration.ofDays(properties.reopenDays()))))
				.param("batch", BATCH)
				.query(Long.class)
				.list();
			for (Long id : candidates) {
				try {
					if (Boolean.TRUE.equals(transaction.execute(status -> take(id, action, now)))) {
						done++;
					}
				}
				catch (OptimisticLockingFailureException e) {
					// Another node (or a person) changed the item first; its transaction was rolled back whole.
				}
			}
		}
		while (candidates.size() == BATCH && ++rounds < 50);
		return done;
	}

	private boolean take(long id, FeedbackAction action, Instant now) {
		FeedbackItem item = items.findById(id).orElse(null);
		if (item == null || TransitionTable.find(item.state(), action).isEmpty()
				|| (action == FeedbackAction.ESCALATE && (item.escalatedAt() != null || !item.overdueAt(now)))) {
			return false;
		}
		workflow.systemAct(item, action, now);
		return true;
	}
}
