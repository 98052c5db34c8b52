package vn.gov.cantho.egov.health.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a group of check-ins in one transaction (on PostgreSQL a single statement, committed as it returns), and when the group fails, finds the row at fault by halving: each
 * half is written in a transaction of its own until the bad row stands alone, so one bad row never costs the others
 * their check-in. When the database itself is unreachable, halving would only multiply the failures: every row of
 * the group fails at once. Rows with the same id in one group are written once; the others are duplicates.
 */
@Component
class CheckInTransactions {

	private static final Logger log = LoggerFactory.getLogger(CheckInTransactions.class);
	private static final Comparator<PendingCheckIn> BY_ID = Comparator.comparing(PendingCheckIn::id);

	private final CheckInInserts inserts;
	private final TransactionTemplate transactions;

	CheckInTransactions(CheckInInserts inserts, PlatformTransactionManager transactionManager) {
		this.inserts = inserts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What became of each row, in the order given; inserted rows carry their venue's name when {@code names}. */
	List<RowOutcome> write(List<PendingCheckIn> rows, boolean names) {
		Map<UUID, Integer> first = new HashMap<>();
		List<PendingCheckIn> distinct = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (first.putIfAbsent(rows.get(i).id(), i) == null) {
				distinct.add(rows.get(i));
			}
		}
		// Concurrent writers take their row locks in the same order, so two groups holding the same ids (a retried
		// request in each) wait for one another instead of deadlocking.
		distinct.sort(BY_ID);
		Map<UUID, RowOutcome> byId = new HashMap<>();
		isolate(distinct, names, byId);
		List<RowOutcome> outcomes = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			PendingCheckIn row = rows.get(i);
			RowOutcome outcome = byId.get(row.id());
			boolean repeated = first.get(row.id()) != i;
			outcomes.add(repeated && outcome.kind() == RowOutcome.Kind.INSERTED ? RowOutcome.DUPLICATE : outcome);
		}
		return outcomes;
	}

	private void isolate(List<PendingCheckIn> rows, boolean names, Map<UUID, RowOutcome> outcomes) {
		if (rows.isEmpty()) {
			return;
		}
		try {
			// One statement commits on its own: no BEGIN and COMMIT round trips around it.
			List<RowOutcome> written = inserts.singleStatement() ? inserts.insert(rows, names)
					: transactions.execute(status -> inserts.insert(rows, names));
			for (int i = 0; i < rows.size(); i++) {
				outcomes.put(rows.get(i).id(), written.get(i));
			}
		}
		catch (DataAccessResourceFailureException | TransientDataAccessException e) {
			log.warn("Check-ins not written, the database is unavailable: {}", e.getClass().getSimpleName());
			rows.forEach(row -> outcomes.put(row.id(), RowOutcome.failed(e)));
		}
		catch (DataAccessException e) {
			if (rows.size() == 1) {
				log.warn("A check-in was refused by the database: {}", e.getMostSpecificCause().getClass().getName());
				outcomes.put(rows.get(0).id(), RowOutcome.failed(e));
				return;
			}
			int half = rows.size() / 2;
			isolate(rows.subList(0, half), names, outcomes);
			isolate(rows.subList(half, rows.size()), names, outcomes);
		}
	}
}
