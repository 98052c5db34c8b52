package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;

/** Registrations and results past the retention are deleted with their corrections; newer ones stay. */
@IntegrationTest
class TestingRetentionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TestingRetention retention;

	@Autowired
	TestingProperties properties;

	@Autowired
	java.util.List<HeldData> held;

	@Test
	void dataPastTheRetentionIsGoneAndNewerDataStays() throws Exception {
		TestingFixtures fx = new TestingFixtures(mvc, jdbc, clock);
		String site = fx.site(5);
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String old = fx.register(citizen, site);
		fx.slotNow(old);
		fx.sample(token, old, site);
		fx.post("health", TestingFixtures.BASE + "/results", Map.of("code", old, "outcome", "POSITIVE", "labName",
				"CDC")).andExpect(status().isOk());
		fx.post("health", TestingFixtures.BASE + "/results/corrections", Map.of("code", old, "outcome", "NEGATIVE",
				"labName", "CDC", "reason", "nhầm")).andExpect(status().isOk());
		String other = fx.citizen();
		fx.declare(other);
		String recent = fx.register(other, site, fx.firstSlot().plusSeconds(1800));
		long oldId = jdbc.sql("SELECT id FROM health_test_registration WHERE code = :c").param("c", old)
			.query(Long.class).single();
		assertThat(corrections(oldId)).isOne();
		age(old, properties.retention().plusDays(1));
		age(recent, properties.retention().minusDays(1));

		assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(count("SELECT COUNT(*) FROM health_test_registration WHERE code = :c", old)).isZero();
		assertThat(corrections(oldId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM health_test_registration WHERE code = :c", recent)).isOne();
		assertThat(properties.retention()).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void whatIsHeldIsListedWithItsRetention() throws Exception {
		TestingFixtures fx = new TestingFixtures(mvc, jdbc, clock);
		String citizen = fx.citizen();
		fx.declare(citizen);
		fx.register(citizen, fx.site(5));
		assertThat(held).contains(retention);
		assertThat(retention.held()).extracting(HeldDataSet::kind)
			.containsExactly("health.held.test-results", "health.held.test-registrations");
		HeldDataSet waiting = retention.held().get(1);
		assertThat(waiting.records()).isPositive();
		assertThat(waiting.keptFor()).isEqualTo(Duration.ofDays(90));
		assertThat(waiting.oldestDeletedAt()).isEqualTo(waiting.oldest().plus(Duration.ofDays(90)));
	}

	private void age(String code, Duration ago) {
		jdbc.sql("UPDATE health_test_registration SET last_activity_at = :at WHERE code = :c")
			.param("at", clock.instant().minus(ago).atOffset(ZoneOffset.UTC))
			.param("c", code)
			.update();
	}

	private long count(String sql, String code) {
		return jdbc.sql(sql).param("c", code).query(Long.class).single();
	}

	private long corrections(long registrationId) {
		return jdbc.sql("SELECT COUNT(*) FROM health_test_correction WHERE registration_id = :id")
			.param("id", registrationId)
			.query(Long.class)
			.single();
	}
}
