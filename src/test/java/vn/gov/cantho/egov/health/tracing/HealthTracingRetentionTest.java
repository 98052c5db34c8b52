package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Cases and contact lists are kept for egov.health.retention.tracing (90 days) and then deleted by the module's own
 * job; what is held and until when is reported to the retention page. The trace log itself is append-only.
 */
@IntegrationTest
class HealthTracingRetentionTest {

	private static final Pattern CHANGE = Pattern
		.compile("(?i)(UPDATE\\s+health_trace_log|DELETE\\s+FROM\\s+health_trace_log|TRUNCATE\\s+(TABLE\\s+)?health_trace_log)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseService cases;

	@Autowired
	List<HeldData> held;

	@Autowired
	DailyPartitions partitions;

	TracingFixtures fixtures;
	CaseScenario town;

	@BeforeEach
	void town() {
		fixtures = new TracingFixtures(jdbc);
		town = new CaseScenario(fixtures);
	}

	@Test
	void aCaseIsKeptNinetyDaysThenDeletedWithItsContactsAndTheDeletionAudited() throws Exception {
		String kept = new HealthCaseApiTestHelper(mvc).open(fixtures.ref(town.theCase), town);
		Instant keepUntil = jdbc.sql("SELECT keep_until FROM health_case WHERE code = :c").param("c", kept)
			.query(java.time.OffsetDateTime.class).single().toInstant();
		Instant recordedAt = jdbc.sql("SELECT recorded_at FROM health_case WHERE code = :c").param("c", kept)
			.query(java.time.OffsetDateTime.class).single().toInstant();
		assertThat(Duration.between(recordedAt, keepUntil)).isEqualTo(Duration.ofDays(90));

		CaseScenario other = new CaseScenario(fixtures);
		String expired = new HealthCaseApiTestHelper(mvc).open(fixtures.ref(other.theCase), other);
		// as if recorded 91 days ago (the job compares keep_until with the clock)
		jdbc.sql("UPDATE health_case SET keep_until = :past WHERE code = :c")
			.param("past", Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.param("c", expired)
			.update();
		long expiredId = id(expired);
		assertThat(contacts(expiredId)).isEqualTo(3);

		assertThat(cases.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("SELECT count(*) FROM health_case WHERE code = :c").param("c", expired).query(Long.class)
			.single()).isZero();
		assertThat(contacts(expiredId)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM health_case WHERE code = :c").param("c", kept).query(Long.class)
			.single()).isOne();
		assertThat(contacts(id(kept))).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'health.case.deleted' AND reference = :c")
			.param("c", expired).query(Long.class).single()).isOne();
	}

	@Test
	void whatIsHeldAndUntilWhenIsReportedForTheRetentionPage() throws Exception {
		new HealthCaseApiTestHelper(mvc).open(fixtures.ref(town.theCase), town);
		assertThat(held).contains(cases);
		List<HeldDataSet> sets = cases.held();
		assertThat(sets).extracting(HeldDataSet::kind).containsExactly("health.held.cases", "health.held.contacts");
		for (HeldDataSet set : sets) {
			assertThat(set.records()).isPositive();
			assertThat(set.keptFor()).isEqualTo(Duration.ofDays(90));
			assertThat(set.oldestDeletedAt()).isEqualTo(set.oldest().plus(Duration.ofDays(90)));
		}
		long contacts = jdbc.sql("SELECT count(*) FROM health_case_contact").query(Long.class).single();
		assertThat(sets.get(1).records()).isEqualTo(contacts);
	}

	@Test
	void noApplicationCodeOrScriptChangesTheTraceLog() throws Exception {
		try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
			assertThat(files.filter(java.nio.file.Files::isRegularFile)
				.filter(f -> f.toString().matches(".*\\.(java|sql|xml|properties|yml)$"))
				.filter(f -> CHANGE.matcher(read(f)).find())
				.toList()).isEmpty();
		}
	}

	@Test
	void postgresqlRefusesToChangeTheTraceLog() {
		Assumptions.assumeTrue(partitions.partitioned(), "the trigger is PostgreSQL's");
		assertThatThrownBy(() -> jdbc.sql("UPDATE health_trace_log SET purpose = 'changed'").update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM health_trace_log").update()).rootCause()
			.hasMessageContaining("append-only");
	}

	long id(String code) {
		return jdbc.sql("SELECT id FROM health_case WHERE code = :c").param("c", code).query(Long.class).single();
	}

	long contacts(long caseId) {
		return jdbc.sql("SELECT count(*) FROM health_case_contact WHERE case_id = :id").param("id", caseId)
			.query(Long.class).single();
	}

	static String read(java.nio.file.Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
