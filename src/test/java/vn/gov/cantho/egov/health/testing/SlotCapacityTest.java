package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * A slot's capacity holds under concurrent bookings: many citizens booking the same slot at once get exactly as many
 * places as it has, the others a clear "full", and the count of places taken matches the registrations.
 */
@IntegrationTest
class SlotCapacityTest {

	static final int CAPACITY = 4;
	static final int CITIZENS = 16;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void concurrentBookingsNeverExceedTheCapacity() throws Exception {
		TestingFixtures fx = new TestingFixtures(mvc, jdbc, clock);
		String site = fx.site(CAPACITY);
		List<String> citizens = new ArrayList<>();
		for (int i = 0; i < CITIZENS; i++) {
			String citizen = fx.citizen();
			fx.declare(citizen);
			citizens.add(citizen);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Map.Entry<Integer, String>>> answers = new ArrayList<>();
		try {
			for (String citizen : citizens) {
				Callable<Map.Entry<Integer, String>> booking = () -> {
					start.await();
					var response = fx.post(citizen, TestingFixtures.BASE + "/registrations",
							fx.registration(site, fx.firstSlot())).andReturn().getResponse();
					return Map.entry(response.getStatus(), response.getContentAsString());
				};
				answers.add(pool.submit(booking));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Map.Entry<Integer, String>> answer : answers) {
				Map.Entry<Integer, String> result = answer.get(60, TimeUnit.SECONDS);
				statuses.add(result.getKey());
				if (result.getKey() == 409) {
					assertThat(result.getValue()).contains("health.testing.slot-full");
				}
			}
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(CAPACITY);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(CITIZENS - CAPACITY);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("""
				SELECT s.booked FROM health_test_slot s JOIN health_test_site t ON t.id = s.site_id
				WHERE t.code = :site AND s.starts_at = :start""")
			.param("site", site)
			.param("start", fx.firstSlot().atOffset(java.time.ZoneOffset.UTC))
			.query(Integer.class)
			.single()).isEqualTo(CAPACITY);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM health_test_registration r JOIN health_test_site t ON t.id = r.site_id
				WHERE t.code = :site AND r.status = 'BOOKED'""")
			.param("site", site)
			.query(Long.class)
			.single()).isEqualTo(CAPACITY);
	}
}
