package vn.gov.cantho.egov.health.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthRows;
import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.retention.RetentionRun.Outcome;

/**
 * Retention on both databases, on a made-up "today" T long ago so that nothing real is touched: with 21 days kept,
 * the first day kept is T − 21. Rows of T − 23 and of T − 22 up to its last millisecond go; rows from T − 21 00:00
 * (the exact boundary) stay. On PostgreSQL the expired days' partitions no longer exist and the kept ones are intact;
 * on H2 the rows are deleted. Running twice, or from two threads at once, ends in the same state without an error.
 */
@IntegrationTest
class RetentionJobTest {

	@Autowired
	RetentionJob job;

	@Autowired
	DailyPartitions partitions;

	@Autowired
	ExpiredData expired;

	@Autowired
	JdbcClient jdbc;

	HealthRows rows;
	LocalDate today;
	LocalDate firstKept;

	record Placed(UUID twentyThree, UUID lastMillisecond, UUID boundary, UUID twenty, UUID oldDeclaration,
			UUID boundaryDeclaration) {
	}

	@BeforeEach
	void setUp() {
		rows = new HealthRows(jdbc);
		today = HealthRows.longAgo();
		firstKept = today.minusDays(21);
		partitions.ensure(today.minusDays(23), today.minusDays(20));
	}

	@AfterEach
	void tidy() {
		// the kept test days would otherwise stay as the oldest data held, long after this test
		job.run(today.plusDays(30));
	}

	Placed place() {
		long venue = rows.venue("31117");
		long person = HealthRows.person();
		return new Placed(rows.checkIn(venue, person, HealthRows.at(today.minusDays(23), 12, 0)),
				rows.checkIn(venue, person, HealthRows.at(today.minusDays(22), LocalTime.of(23, 59, 59, 999_000_000))),
				rows.checkIn(venue, person, HealthRows.at(firstKept, 0, 0)),
				rows.checkIn(venue, person, HealthRows.at(today.minusDays(20), 10, 30)),
				rows.declaration(person, HealthRows.at(today.minusDays(22), 8, 0)),
				rows.declaration(person, HealthRows.at(firstKept, 0, 0)));
	}

	@Test
	void dataPastTheWindowIsGoneAndDataFromTheBoundaryOnIsUntouched() {
		Placed placed = place();

		RetentionRun run = job.run(today);

		assertThat(run.outcome()).isEqualTo(Outcome.DONE);
		assertThat(run.firstKeptDay()).isEqualTo(firstKept);
		assertGoneAndKept(placed);
		if (partitions.partitioned()) {
			assertThat(run.droppedDays()).contains(today.minusDays(23), today.minusDays(22))
				.allMatch(day -> day.isBefore(firstKept));
			for (String table : List.of("health_check_in", "health_declaration")) {
				assertThat(rows.tableExists(ExpiredData.partition(table, today.minusDays(23)))).isFalse();
				assertThat(rows.tableExists(ExpiredData.partition(table, today.minusDays(22)))).isFalse();
				assertThat(rows.tableExists(ExpiredData.partition(table, firstKept))).isTrue();
				assertThat(rows.tableExists(ExpiredData.partition(table, today.minusDays(20)))).isTrue();
			}
			assertThat(audited("health.retention.partition-dropped"))
				.contains(ExpiredData.partition("health_check_in", today.minusDays(22)),
						ExpiredData.partition("health_declaration", today.minusDays(22)));
		}
		else {
			assertThat(run.droppedDays()).isEmpty();
			assertThat(run.checkInsDeleted()).isGreaterThanOrEqualTo(2);
			assertThat(run.declarationsDeleted()).isGreaterThanOrEqualTo(1);
			assertThat(audited("health.retention.rows-deleted")).anyMatch(r -> r.startsWith("health_check_in < "));
		}
		assertThat(audited("health.retention.run")).contains("first kept " + firstKept);
	}

	@Test
	void runningTwiceRemovesNothingMore() {
		Placed placed = place();
		job.run(today);

		RetentionRun again = job.run(today);

		assertThat(again.outcome()).isEqualTo(Outcome.DONE);
		assertThat(again.droppedDays()).isEmpty();
		assertThat(again.checkInsDeleted() + again.declarationsDeleted()).isZero();
		assertGoneAndKept(placed);
	}

	@Test
	void twoNodesRunningAtTheSameMomentEndInTheSameStateWithoutAnError() throws Exception {
		Placed placed = place();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<RetentionRun>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(nodes.submit(() -> {
					start.await();
					return job.run(today);
				}));
			}
			start.countDown();
			List<RetentionRun> done = new ArrayList<>();
			for (Future<RetentionRun> run : runs) {
				done.add(run.get(60, TimeUnit.SECONDS));
			}
			assertThat(done).extracting(RetentionRun::outcome).containsAnyOf(Outcome.DONE).doesNotContain(Outcome.FAILED);
			if (partitions.partitioned()) {
				assertThat(done.stream().flatMap(r -> r.droppedDays().stream()))
					.contains(today.minusDays(23), today.minusDays(22))
					.doesNotHaveDuplicates();
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertGoneAndKept(placed);
	}

	@Test
	void partitionsCreatedAndDroppedByTwoNodesAtOnceRaiseNoErrorAndAreCountedOnce() throws Exception {
		if (!partitions.partitioned()) {
			return;
		}
		LocalDate day = HealthRows.longAgo();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<LocalDate> dropped = Collections.synchronizedList(new ArrayList<>());
		try {
			race(nodes, () -> partitions.ensure(day, day.plusDays(2)));
			for (int i = 0; i <= 2; i++) {
				assertThat(rows.tableExists(ExpiredData.partition("health_check_in", day.plusDays(i)))).isTrue();
			}
			// without the lease: the drops themselves must bear two nodes at once
			race(nodes, () -> expired.dropPartitionsBefore(day.plusDays(3), dropped));
			for (int i = 0; i <= 2; i++) {
				assertThat(rows.tableExists(ExpiredData.partition("health_check_in", day.plusDays(i)))).isFalse();
				assertThat(rows.tableExists(ExpiredData.partition("health_declaration", day.plusDays(i)))).isFalse();
			}
			assertThat(dropped).contains(day, day.plusDays(1), day.plusDays(2)).doesNotHaveDuplicates();
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private static void race(ExecutorService nodes, Runnable work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			futures.add(nodes.submit(() -> {
				start.await();
				work.run();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : futures) {
			future.get(60, TimeUnit.SECONDS);
		}
	}

	private void assertGoneAndKept(Placed placed) {
		assertThat(rows.checkInExists(placed.twentyThree())).as("check-in of T-23").isFalse();
		assertThat(rows.checkInExists(placed.lastMillisecond())).as("check-in at the last millisecond of T-22").isFalse();
		assertThat(rows.declarationExists(placed.oldDeclaration())).as("declaration of T-22").isFalse();
		assertThat(rows.checkInExists(placed.boundary())).as("check-in at T-21 00:00").isTrue();
		assertThat(rows.checkInExists(placed.twenty())).as("check-in of T-20").isTrue();
		assertThat(rows.declarationExists(placed.boundaryDeclaration())).as("declaration at T-21 00:00").isTrue();
	}

	private List<String> audited(String action) {
		return jdbc.sql("SELECT reference FROM audit_entry WHERE action = :action ORDER BY id DESC LIMIT 50")
			.param("action", action)
			.query(String.class)
			.list();
	}
}
