package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/** Two officials acting on one dossier at the same moment: one wins, the other is told of the conflict (409). */
@IntegrationTest
class DossierConcurrentActionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofTwoConcurrentReceiptsOneWinsAndOneGetsAConflict() throws Exception {
		DossierApiClient api = new DossierApiClient(mvc);
		for (int round = 0; round < 5; round++) {
			String code = api.submitPassport();
			int callers = 4;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(callers);
			List<Integer> statuses = new ArrayList<>();
			try {
				List<Callable<Integer>> calls = new ArrayList<>();
				for (int i = 0; i < callers; i++) {
					calls.add(() -> {
						start.await();
						return api.act("officer", code, "receive").andReturn().getResponse().getStatus();
					});
				}
				List<Future<Integer>> futures = new ArrayList<>();
				calls.forEach(c -> futures.add(pool.submit(c)));
				start.countDown();
				for (Future<Integer> f : futures) {
					statuses.add(f.get());
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(statuses).as("round %d", round).containsOnlyOnce(200).containsOnly(200, 409);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id "
					+ "WHERE d.code = :c AND s.action = 'RECEIVE'").param("c", code).query(Long.class).single())
				.isEqualTo(1);
			api.dossier("officer", code).andExpect(status().isOk());
		}
	}
}
