package vn.gov.cantho.egov.health.tracing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthApiClient;

/**
 * A case window that makes no sense is refused through the API with a translated message naming the field: no start,
 * the end before the start, in the future, longer than 28 days, older than the check-ins held; nothing is recorded.
 */
@IntegrationTest
class HealthCaseWindowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HealthApiClient api;
	String ref;

	@BeforeEach
	void person() {
		api = new HealthApiClient(mvc);
		TracingFixtures fixtures = new TracingFixtures(jdbc);
		ref = fixtures.ref(fixtures.person("Người bệnh thử"));
	}

	/** Offsets from now in hours (blank: not given). */
	@ParameterizedTest(name = "from {0} h until {1} h: {2} on {3}")
	@CsvSource({ ", -1, health.case-window-missing, infectiousFrom, Enter the infectious window",
			"-24, -48, health.case-window-reversed, infectiousUntil, The end must be after the start",
			"-24, -24, health.case-window-reversed, infectiousUntil, The end must be after the start",
			"-24, 24, health.case-window-future, infectiousUntil, cannot be in the future",
			"-600, -1, health.case-window-too-old, infectiousFrom, starts before the last 21 days",
			"-800, -1, health.case-window-too-long, infectiousFrom, longer than 28 days" })
	void aWindowThatMakesNoSenseIsRefusedNamingItsField(Integer fromHours, int untilHours, String code, String field,
			String message) throws Exception {
		Instant now = Instant.now();
		Map<String, Object> body = HealthCaseApiTest.body("personRef", ref,
				fromHours == null ? null : now.plus(Duration.ofHours(fromHours)), now.plus(Duration.ofHours(untilHours)));
		long before = jdbc.sql("SELECT count(*) FROM health_case").query(Long.class).single();
		api.post("health", "/api/v1/health/cases", body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString(message)));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM health_case").query(Long.class).single())
			.isEqualTo(before);
	}
}
