package vn.gov.cantho.egov.dossier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;

/** The demo dossiers are there in their states, named as demo, and loading them again adds nothing. */
@IntegrationTest
class DemoDossiersTest {

	@Autowired
	DemoDossiers demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachDemoDossierIsInItsStateWithADemoApplicant() {
		Map<String, String> states = jdbc.sql("""
				SELECT idempotency_key, state FROM dossier WHERE idempotency_key LIKE 'demo-%'""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(states).containsEntry("demo-xnc-1", "SUBMITTED")
			.containsEntry("demo-xnc-2", "RECEIVED")
			.containsEntry("demo-xnc-3", "PROCESSING")
			.containsEntry("demo-xnc-4", "AWAITING_APPROVAL")
			.containsEntry("demo-xnc-5", "RESULT_READY")
			.containsEntry("demo-xnc-counter", "RECEIVED")
			.containsEntry("demo-caikhe-1", "SUBMITTED")
			.containsEntry("demo-caikhe-2", "SUPPLEMENT_REQUESTED")
			.containsEntry("demo-caikhe-counter", "RECEIVED");
		assertThat(jdbc.sql("SELECT applicant_name FROM dossier WHERE idempotency_key LIKE 'demo-%'")
			.query(String.class)
			.list()).allMatch(name -> name.endsWith("(demo)"));
		assertThat(jdbc.sql("SELECT fee FROM dossier WHERE idempotency_key = 'demo-caikhe-counter'")
			.query(Long.class)
			.single()).as("3 pages: 2 at 2.000 and 1 at 1.000").isEqualTo(5_000);
	}

	@Test
	void loadingAgainAddsNothing() {
		long dossiers = count("SELECT COUNT(*) FROM dossier");
		long steps = count("SELECT COUNT(*) FROM dossier_step");
		demo.load();
		assertThat(count("SELECT COUNT(*) FROM dossier")).isEqualTo(dossiers);
		assertThat(count("SELECT COUNT(*) FROM dossier_step")).isEqualTo(steps);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
