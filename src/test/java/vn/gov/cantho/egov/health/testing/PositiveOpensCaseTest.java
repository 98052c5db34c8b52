package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * A positive result opens a case for tracing through the real case management: once, with the infectious window
 * from two days before the sample until the case is opened, naming the test; a negative result opens none.
 */
@IntegrationTest
class PositiveOpensCaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService users;

	TestingFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new TestingFixtures(mvc, jdbc, clock);
	}

	@Test
	void aPositiveResultOpensOneCaseWithTheWindowFromTwoDaysBeforeTheSample() throws Exception {
		String code = resulted("POSITIVE");
		Instant sampledAt = Instant.parse(fx.read(fx.get("health", TestingFixtures.BASE + "/registrations/" + code))
			.get("registration").get("sampledAt").asString());
		Instant before = clock.instant();
		String caseCode = fx.read(fx.post("health", TestingFixtures.BASE + "/registrations/" + code + "/case", Map.of())
			.andExpect(status().isOk())).get("caseCode").asString();
		assertThat(caseCode).isNotBlank();
		fx.post("health", TestingFixtures.BASE + "/registrations/" + code + "/case", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseCode").value(caseCode));

		JsonNode opened = fx.read(fx.get("health", "/api/v1/health/cases/" + caseCode).andExpect(status().isOk()));
		assertThat(Instant.parse(opened.get("infectiousFrom").asString()))
			.isEqualTo(sampledAt.minus(LabResults.BEFORE_SAMPLE));
		assertThat(Instant.parse(opened.get("infectiousUntil").asString())).isBetween(before.minusSeconds(1),
				clock.instant());
		assertThat(opened.get("testCode").asString()).isEqualTo(code);
		assertThat(opened.get("reason").asString()).contains(code);
		fx.get("health", TestingFixtures.BASE + "/registrations/" + code)
			.andExpect(jsonPath("$.registration.caseCode").value(caseCode));
	}

	@Test
	void theResultPageOpensTheCaseAndShowsItsCode() throws Exception {
		String code = resulted("POSITIVE");
		MvcResult opened = mvc.perform(post("/xet-nghiem/ket-qua/ca-benh").with(csrf())
			.with(user(users.loadUserByUsername("health")))
			.param("code", code)).andExpect(status().is3xxRedirection()).andReturn();
		String caseCode = (String) opened.getFlashMap().get("caseCode");
		assertThat(caseCode).isNotBlank();
		assertThat(jdbc.sql("SELECT case_code FROM health_test_registration WHERE code = :c")
			.param("c", code)
			.query(String.class)
			.single()).isEqualTo(caseCode);
	}

	@Test
	void aNegativeResultOpensNoCase() throws Exception {
		String code = resulted("NEGATIVE");
		fx.post("health", TestingFixtures.BASE + "/registrations/" + code + "/case", Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.testing.not-positive"));
	}

	/** A registration sampled now, with the result given. */
	private String resulted(String outcome) throws Exception {
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String site = fx.site(3);
		String code = fx.register(citizen, site);
		fx.slotNow(code);
		fx.sample(token, code, site);
		fx.post("health", TestingFixtures.BASE + "/results", Map.of("code", code, "outcome", outcome, "labName",
				"CDC Cần Thơ")).andExpect(status().isOk());
		return code;
	}
}
