package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.health.tracing.TracingFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Tracing on the real tables (H2, and PostgreSQL with its daily partitions): random towns written as check-ins give
 * what the pair-by-pair reference gives; a stay that began before midnight, in the previous day's partition, is
 * found; on PostgreSQL every read is an index range scan of the partitions it needs.
 */
@IntegrationTest
class HealthTracingQueriesTest {

	static final OverlapRule RULE = new OverlapRule(Duration.ofMinutes(30), Duration.ofHours(24));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckInQueries queries;

	@Autowired
	DailyPartitions partitions;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	TracingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TracingFixtures(jdbc);
	}

	static Stream<Long> seeds() {
		return IntStream.range(0, 6).mapToObj(i -> 48271L * i + 11);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theDatabaseReadsFindWhatThePairByPairReferenceFinds(long seed) {
		TracingWorld world = TracingWorld.random(seed, TracingFixtures.daysAgo(8));
		Map<Long, Long> venues = new HashMap<>();
		world.venues.forEach((id, rules) -> venues.put(id,
				fixtures.venue("Quán thử " + id, rules.defaultStayMinutes(), rules.minOverlapMinutes())));
		Map<Long, Long> people = new HashMap<>();
		Map<Long, Long> back = new HashMap<>();
		world.visits.stream().map(Visit::personId).distinct().forEach(p -> {
			long id = fixtures.person("Người thử " + p);
			people.put(p, id);
			back.put(id, p);
		});
		world.visits.forEach(v -> fixtures.checkIn(people.get(v.personId()), venues.get(v.venueId()),
				v.checkedInAt(), v.checkedOutAt()));

		List<Contact> contacts = new Tracer(queries, RULE).trace(people.get(world.casePerson), world.window, 2);

		Map<Long, TracingWorld.Expected> found = contacts.stream()
			.collect(Collectors.toMap(c -> back.get(c.personId()),
					c -> new TracingWorld.Expected(c.generation(), c.overlap().from())));
		assertThat(found).isEqualTo(world.naive(RULE));
	}

	/**
	 * Someone checks in at 22:00 without checking out (a four-hour default stay); the case arrives at 00:30. The
	 * contact's row is in the previous day's partition, below the case's day: the read reaches back a maximum stay.
	 */
	@Test
	void aStayThatBeganBeforeMidnightInThePreviousDaysPartitionIsFound() {
		Instant day = TracingFixtures.daysAgo(5);
		long venue = fixtures.venue("Quán đêm", 240, 15);
		long theCase = fixtures.person("Ca bệnh");
		long night = fixtures.person("Khách từ tối");
		long longAgo = fixtures.person("Khách hôm trước");
		fixtures.checkIn(night, venue, at(day, -2, 0), null);
		fixtures.checkIn(longAgo, venue, at(day, -26, 0), at(day, -25, 0));
		fixtures.checkIn(theCase, venue, at(day, 0, 30), at(day, 1, 0));

		List<Contact> contacts = new Tracer(queries, RULE).trace(theCase,
				new Interval(at(day, -12, 0), at(day, 12, 0)), 2);

		assertThat(contacts).singleElement().satisfies(c -> {
			assertThat(c.personId()).isEqualTo(night);
			assertThat(c.overlap()).isEqualTo(new Interval(at(day, 0, 30), at(day, 1, 30)));
			assertThat(c.minutes()).isEqualTo(60);
		});
		if (partitions.partitioned()) {
			String partition = jdbc.sql("SELECT tableoid::regclass::text FROM health_check_in WHERE person_id = :p")
				.param("p", night)
				.query(String.class)
				.single();
			assertThat(partition).isEqualTo("health_check_in_p"
					+ day.minus(Duration.ofHours(2)).atZone(DailyPartitions.ZONE).toLocalDate().toString().replace("-", ""));
			assertThat(partition).isNotEqualTo("health_check_in_p"
					+ day.atZone(DailyPartitions.ZONE).toLocalDate().toString().replace("-", ""));
		}
	}

	/** Exactly at the venue's threshold counts, a minute less does not, on the database as in the rule. */
	@Test
	void theVenuesThresholdIsAppliedToTheRowsRead() {
		Instant day = TracingFixtures.daysAgo(4);
		long venue = fixtures.venue("Chốt kiểm soát", 10, 20);
		long theCase = fixtures.person("Ca bệnh");
		long exactly = fixtures.person("Đủ 20 phút");
		long short1 = fixtures.person("Thiếu 1 phút");
		long noCheckOut = fixtures.person("Không quét ra");
		fixtures.checkIn(theCase, venue, at(day, 9, 0), at(day, 9, 30));
		// the exposing window is 9:00 to 10:00 (30 minutes of lingering)
		fixtures.checkIn(exactly, venue, at(day, 9, 40), at(day, 11, 0));
		fixtures.checkIn(short1, venue, at(day, 9, 41), at(day, 11, 0));
		fixtures.checkIn(noCheckOut, venue, at(day, 9, 5), null);

		List<Contact> contacts = new Tracer(queries, RULE).trace(theCase, new Interval(day, at(day, 23, 0)), 1);

		assertThat(contacts).extracting(Contact::personId).containsExactly(exactly);
	}

	/**
	 * On PostgreSQL each read touches only the daily partitions its range covers, and its conditions are an index
	 * range (venue or person, then check-in time). Which scan the planner picks on a test's handful of rows is its own
	 * business (a sequential scan of a few pages is cheaper), so the index is checked with sequential scans off; the
	 * benchmark shows the plans at scale.
	 */
	@Test
	void onPostgresqlTheReadsPruneToTheirPartitionsAndAreIndexRanges() {
		Assumptions.assumeTrue(partitions.partitioned(), "partitions only on PostgreSQL");
		Instant day = TracingFixtures.daysAgo(3);
		List<Object> params = new ArrayList<>(List.of(0, 1L, day.minus(Duration.ofHours(24)).atOffset(ZoneOffset.UTC),
				day.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC), day.minus(Duration.ofMinutes(60)).atOffset(ZoneOffset.UTC),
				day.atOffset(ZoneOffset.UTC)));
		String venuePlan = explain(CheckInQueries.venueSql(1, true), params);
		// the window from a day before to 02:00: exactly two daily partitions of the twenty-odd held
		assertThat(scans(venuePlan, "venue_id_checked_in_at_idx")).containsExactly(partition(day.minus(Duration.ofDays(1))),
				partition(day));
		assertThat(venuePlan).doesNotContain("Seq Scan").contains("Index Cond: ((venue_id = ");
		assertThat(partitions.days("health_check_in").size()).isGreaterThan(20);
		String personPlan = explain(CheckInQueries.personSql(1, true),
				List.of(1L, day.atOffset(ZoneOffset.UTC), day.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)));
		assertThat(scans(personPlan, "person_id_checked_in_at_idx")).containsExactly(partition(day));
		assertThat(personPlan).doesNotContain("Seq Scan").contains("Index Cond: ((person_id = ");
	}

	String explain(String sql, List<Object> params) {
		return transactions.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list());
		});
	}

	/** The partitions an EXPLAIN scans with an index whose name ends as given, in plan order. */
	static List<String> scans(String plan, String index) {
		return plan.lines()
			.filter(line -> line.contains("Index Scan using") && line.contains(index))
			.map(line -> line.replaceAll(".* on (health_check_in_p\\d{8}).*", "$1"))
			.toList();
	}

	static String partition(Instant day) {
		return "health_check_in_p" + day.atZone(DailyPartitions.ZONE).toLocalDate().toString().replace("-", "");
	}
}
