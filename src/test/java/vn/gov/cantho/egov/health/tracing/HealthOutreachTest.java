package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthApiClient;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * Contacts reached: the tracing team marks a contact of a case once (the first mark is kept), the mark shows on the
 * list and in the CSV, survives a retrace, is counted in the outbreak figures and goes with the case; only contacts of
 * the case, with a known channel, by officers with HEALTH_TRACE (others refused and recorded); the page's button needs
 * its CSRF token.
 */
@IntegrationTest
class HealthOutreachTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseService cases;

	HealthApiClient api;
	TracingFixtures fixtures;
	CaseScenario town;
	String code;

	@BeforeEach
	void aCase() throws Exception {
		api = new HealthApiClient(mvc);
		fixtures = new TracingFixtures(jdbc);
		town = new CaseScenario(fixtures);
		code = new HealthCaseApiTestHelper(mvc).open(fixtures.ref(town.theCase), town);
	}

	@Test
	void aContactReachedIsMarkedOnceKeptThroughARetraceAndCounted() throws Exception {
		long before = reachedToday();
		String x = fixtures.ref(town.x);
		JsonNode first = api.read(api.post("health", reached(x), Map.of("channel", "PHONE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.reachedBy").value("health"))
			.andExpect(jsonPath("$.earlier").value(false)));
		Instant at = Instant.parse(first.get("reachedAt").asString());
		api.post("health", reached(x), Map.of("channel", "SMS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.earlier").value(true));

		assertThat(reachedAt(x)).isEqualTo(at.toString());
		assertThat(reachedAt(fixtures.ref(town.w))).isNull();
		api.post("health", "/api/v1/health/cases/" + code + "/trace", Map.of("purpose", "Thiết bị tải lên muộn"))
			.andExpect(status().isOk());
		assertThat(reachedAt(x)).as("kept through a retrace").isEqualTo(at.toString());
		String csv = mvc.perform(get(HealthCaseApiTest.contacts(code, 2, "Gửi phường").replace("/contacts?",
				"/contacts.csv?")).with(org.springframework.security.test.web.servlet.request
					.SecurityMockMvcRequestPostProcessors.httpBasic("health", HealthApiClient.PASSWORD)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"" + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(DailyPartitions.ZONE).format(at) + "\"");

		assertThat(reachedToday() - before).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'health.contact.reached' AND reference = :r")
			.param("r", code + " " + x).query(Long.class).single()).isEqualTo(1);

		jdbc.sql("UPDATE health_case SET keep_until = :past WHERE code = :code")
			.param("past", Instant.now().minusSeconds(60).atOffset(java.time.ZoneOffset.UTC))
			.param("code", code)
			.update();
		cases.deleteExpired();
		assertThat(jdbc.sql("SELECT count(*) FROM health_contact_reached r WHERE NOT EXISTS"
				+ " (SELECT 1 FROM health_case k WHERE k.id = r.case_id)").query(Long.class).single())
			.as("marks left without their case").isZero();
	}

	@Test
	void onlyContactsOfTheCaseWithAKnownChannel() throws Exception {
		api.post("health", reached(fixtures.ref(town.y)), Map.of("channel", "PHONE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.contact-not-found"))
			.andExpect(jsonPath("$.field").value("personRef"));
		api.post("health", "/api/v1/health/cases/F0-000101-9999/contacts/" + fixtures.ref(town.x) + "/reached",
				Map.of("channel", "PHONE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.case-not-found"));
		api.post("health", reached(fixtures.ref(town.x)), Map.of("channel", "FAX"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.reach-channel"))
			.andExpect(jsonPath("$.field").value("channel"));
		assertThat(jdbc.sql("SELECT count(*) FROM health_contact_reached r JOIN health_case k ON k.id = r.case_id"
				+ " WHERE k.code = :code").param("code", code).query(Long.class).single()).isZero();
	}

	@Test
	void withoutHealthTraceTheMarkIsRefusedAndRecorded() throws Exception {
		api.post("checkpoint", reached(fixtures.ref(town.x)), Map.of("channel", "PHONE"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT request FROM health_trace_log WHERE officer = 'checkpoint' AND action = 'REFUSED'"
				+ " AND case_code = :code").param("code", code).query(String.class).list())
			.contains("POST /api/v1/health/cases/" + code + "/contacts/" + fixtures.ref(town.x) + "/reached");
		mvc.perform(post("/y-te/ca-benh/" + code + "/tiep-xuc/" + fixtures.ref(town.x) + "/da-lien-he")
			.param("channel", "PHONE")
			.with(user(users.loadUserByUsername("checkpoint")))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(reachedAt(fixtures.ref(town.x))).isNull();
	}

	@Test
	void theButtonOnTheListMarksTheContactAndComesBackToTheList() throws Exception {
		String w = fixtures.ref(town.w);
		var officer = user(users.loadUserByUsername("health"));
		mvc.perform(post("/y-te/ca-benh/" + code + "/tiep-xuc/" + w + "/da-lien-he").param("channel", "VISIT")
			.param("purpose", "Gọi điện thông báo").param("generation", "2").with(officer))
			.andExpect(status().isForbidden());
		assertThat(reachedAt(w)).as("nothing marked without the CSRF token").isNull();

		mvc.perform(post("/y-te/ca-benh/" + code + "/tiep-xuc/" + w + "/da-lien-he").param("channel", "VISIT")
			.param("purpose", "Gọi điện thông báo").param("generation", "2").with(officer).with(csrf()))
			.andExpect(redirectedUrl("/y-te/ca-benh/" + code + "?purpose=G%E1%BB%8Di%20%C4%91i%E1%BB%87n%20th%C3%B4ng"
					+ "%20b%C3%A1o&generation=2#reached-" + w));
		assertThat(jdbc.sql("SELECT channel FROM health_contact_reached WHERE person_id = :p").param("p", town.w)
			.query(String.class).single()).isEqualTo("VISIT");
		String page = mvc.perform(get("/y-te/ca-benh/" + code).param("purpose", "Gọi điện thông báo")
			.param("generation", "2").with(officer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"reached-" + w + "\"")
			.contains("id=\"reach-" + fixtures.ref(town.x) + "\"")
			.doesNotContain("id=\"reach-" + w + "\"");
	}

	private String reached(String personRef) {
		return "/api/v1/health/cases/" + code + "/contacts/" + personRef + "/reached";
	}

	/** The contact's reachedAt as the contacts API gives it (null when not reached). */
	private String reachedAt(String personRef) throws Exception {
		JsonNode list = api.read(api.get("health", HealthCaseApiTest.contacts(code, 2, "Gọi điện")));
		for (JsonNode c : list.get("contacts")) {
			if (c.get("personRef").asString().equals(personRef)) {
				JsonNode at = c.get("reachedAt");
				return at == null || at.isNull() ? null : Instant.parse(at.asString()).toString();
			}
		}
		return null;
	}

	private long reachedToday() throws Exception {
		String today = LocalDate.now(DailyPartitions.ZONE).toString();
		return api.read(api.get("health", "/api/v1/stats/health?from=" + today + "&to=" + today)
			.andExpect(status().isOk())).get("contacts").get("reached").asLong();
	}
}
