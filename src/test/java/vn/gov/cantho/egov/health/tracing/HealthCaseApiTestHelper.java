package vn.gov.cantho.egov.health.tracing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.health.HealthApiClient;

/** Records a case of a scenario through the API as {@code health}, for tests about what follows. */
final class HealthCaseApiTestHelper {

	private final HealthApiClient api;

	HealthCaseApiTestHelper(MockMvc mvc) {
		this.api = new HealthApiClient(mvc);
	}

	String open(String personRef, CaseScenario town) throws Exception {
		return api.read(api.post("health", "/api/v1/health/cases",
				HealthCaseApiTest.body("personRef", personRef, town.from, town.until)).andExpect(status().isCreated()))
			.get("code")
			.asString();
	}
}
