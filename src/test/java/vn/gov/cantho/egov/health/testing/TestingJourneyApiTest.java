package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;

/**
 * The whole flow through the API: a site and its slots, a citizen's registration, the sample by scanned personal code,
 * the laboratory result (once; a correction is separate), the notice without the result, the lookup by code and date
 * of birth (a wrong date answers like an unknown code), and the audited staff read.
 */
@IntegrationTest
class TestingJourneyApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TestingFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new TestingFixtures(mvc, jdbc, clock);
	}

	@Test
	void fromRegistrationToResultReadOnline() throws Exception {
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String site = fx.site(10);

		assertThat(fx.read(fx.get(null, TestingFixtures.BASE + "/sites").andExpect(status().isOk())).findValues("code"))
			.extracting(JsonNode::asString)
			.contains(site);
		fx.get(null, TestingFixtures.BASE + "/sites/" + site + "/slots?date=" + fx.tomorrow())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(8))
			.andExpect(jsonPath("$[0].capacity").value(10))
			.andExpect(jsonPath("$[0].booked").value(0));

		JsonNode registered = fx.read(fx.post(citizen, TestingFixtures.BASE + "/registrations",
				fx.registration(site, fx.firstSlot())).andExpect(status().isCreated()));
		String code = registered.get("code").asString();
		assertThat(code).matches("XN-\\d{6}-[2-9A-HJ-NP-Z]{6}");
		assertThat(registered.get("status").asString()).isEqualTo("BOOKED");
		assertThat(registered.has("dateOfBirth")).as("the person's view carries no personal details").isFalse();
		fx.get(null, TestingFixtures.BASE + "/sites/" + site + "/slots?date=" + fx.tomorrow())
			.andExpect(jsonPath("$[0].booked").value(1));
		fx.get(citizen, TestingFixtures.BASE + "/registrations/mine")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(code))
			.andExpect(jsonPath("$[0].cancellable").value(true));

		fx.slotNow(code);
		fx.post("health", TestingFixtures.BASE + "/scans", Map.of("personalCode", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today[0].code").value(code));
		String sample = fx.sample(token, code, site);
		assertThat(sample).matches("MX-\\d{6}-[2-9A-HJ-NP-Z]{6}");

		fx.post("health", TestingFixtures.BASE + "/results",
				Map.of("code", sample, "outcome", "NEGATIVE", "labName", "CDC Cần Thơ"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESULTED"))
			.andExpect(jsonPath("$.outcome").value("NEGATIVE"));
		fx.post("health", TestingFixtures.BASE + "/results",
				Map.of("code", code, "outcome", "POSITIVE", "labName", "CDC Cần Thơ"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.testing.result-already-entered"));

		List<Map<String, Object>> notices = new QueuedMessages(jdbc).await(code, ResultMessages.READY, 2);
		assertThat(notices).extracting(m -> m.get("CHANNEL")).containsExactly("SMS", "EMAIL");
		assertThat(notices.get(0).get("RECIPIENT").toString()).endsWith("912345678");
		assertThat(notices.get(0).get("BODY").toString()).contains(code, "/xet-nghiem/tra-cuu")
			.doesNotContainIgnoringCase("negative").doesNotContainIgnoringCase("âm tính")
			.doesNotContainIgnoringCase("positive").doesNotContainIgnoringCase("dương tính");

		fx.post(null, TestingFixtures.BASE + "/lookup", Map.of("code", code.toLowerCase(), "dateOfBirth",
				TestingFixtures.BIRTH.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NEGATIVE"))
			.andExpect(jsonPath("$.labName").value("CDC Cần Thơ"));
		fx.get(citizen, TestingFixtures.BASE + "/registrations/mine")
			.andExpect(jsonPath("$[0].outcome").value("NEGATIVE"))
			.andExpect(jsonPath("$[0].cancellable").value(false));
	}

	@Test
	void aWrongDateOfBirthGetsTheSameAnswerAsAnUnknownCode() throws Exception {
		String citizen = fx.citizen();
		fx.declare(citizen);
		String code = fx.register(citizen, fx.site(5));
		JsonNode wrongDate = fx.read(fx.post(null, TestingFixtures.BASE + "/lookup",
				Map.of("code", code, "dateOfBirth", TestingFixtures.BIRTH.plusDays(1).toString()))
			.andExpect(status().isNotFound()));
		JsonNode unknown = fx.read(fx.post(null, TestingFixtures.BASE + "/lookup",
				Map.of("code", "XN-000101-ZZZZZZ", "dateOfBirth", TestingFixtures.BIRTH.toString()))
			.andExpect(status().isNotFound()));
		assertThat(wrongDate.get("code").asString()).isEqualTo(ResultLookup.NOT_FOUND);
		for (String property : List.of("code", "title", "detail", "field", "status")) {
			assertThat(wrongDate.get(property)).as(property).isEqualTo(unknown.get(property));
		}
		fx.post(null, TestingFixtures.BASE + "/lookup", Map.of("code", code, "dateOfBirth",
				TestingFixtures.BIRTH.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("BOOKED"))
			.andExpect(jsonPath("$.outcome").doesNotExist());
	}

	@Test
	void aCorrectionKeepsWhatItReplacedAndTellsThePersonAgain() throws Exception {
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String site = fx.site(5);
		String code = fx.register(citizen, site);
		fx.slotNow(code);
		fx.sample(token, code, site);
		fx.post("health", TestingFixtures.BASE + "/results",
				Map.of("code", code, "outcome", "INVALID", "labName", "Bệnh viện Đa khoa TP")).andExpect(status().isOk());
		fx.post("health", TestingFixtures.BASE + "/results/corrections",
				Map.of("code", code, "outcome", "INVALID", "labName", "Bệnh viện Đa khoa TP", "reason", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.testing.correction-unchanged"));
		fx.post("health", TestingFixtures.BASE + "/results/corrections",
				Map.of("code", code, "outcome", "NEGATIVE", "labName", "Bệnh viện Đa khoa TP"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		fx.post("health", TestingFixtures.BASE + "/results/corrections", Map.of("code", code, "outcome", "NEGATIVE",
				"labName", "Bệnh viện Đa khoa TP", "reason", "Nhập nhầm ống nghiệm"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NEGATIVE"));
		fx.get("health", TestingFixtures.BASE + "/registrations/" + code)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.outcome").value("NEGATIVE"))
			.andExpect(jsonPath("$.corrections[0].previousOutcome").value("INVALID"))
			.andExpect(jsonPath("$.corrections[0].reason").value("Nhập nhầm ống nghiệm"))
			.andExpect(jsonPath("$.corrections[0].correctedBy").value("health"));
		new QueuedMessages(jdbc).await(code, ResultMessages.CORRECTED, 2);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE reference = :code AND actor = 'health'")
			.param("code", code)
			.query(String.class)
			.list()).contains("health.test.sampled", "health.test.result-entered", "health.test.result-corrected",
					"health.test.result.read");
	}

	@Test
	void aWalkInIsRegisteredAndSampledAtOnceAndTheCitizenSeesIt() throws Exception {
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String site = fx.site(5);
		fx.post("health", TestingFixtures.BASE + "/scans", Map.of("personalCode", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today.length()").value(0));
		JsonNode walkIn = fx.read(fx.post("health", TestingFixtures.BASE + "/walk-ins", Map.of("personalCode", token,
				"siteCode", site, "reason", "SYMPTOMS", "fullName", "Lê Thị Xét", "dateOfBirth", "1990-03-08"))
			.andExpect(status().isOk()));
		assertThat(walkIn.get("status").asString()).isEqualTo("SAMPLED");
		assertThat(walkIn.get("sampleCode").asString()).startsWith("MX-");
		assertThat(walkIn.get("sampledBy").asString()).isEqualTo("health");
		fx.get(citizen, TestingFixtures.BASE + "/registrations/mine")
			.andExpect(jsonPath("$[0].code").value(walkIn.get("code").asString()))
			.andExpect(jsonPath("$[0].status").value("SAMPLED"));
	}

	@Test
	void aCitizenCancelsBeforeTheSlotAndThePlaceIsFreeAgain() throws Exception {
		String citizen = fx.citizen();
		fx.declare(citizen);
		String site = fx.site(1);
		String code = fx.register(citizen, site);
		String other = fx.citizen();
		fx.declare(other);
		fx.post(other, TestingFixtures.BASE + "/registrations", fx.registration(site, fx.firstSlot()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.testing.slot-full"));
		fx.post(other, TestingFixtures.BASE + "/registrations/" + code + "/cancel", Map.of())
			.andExpect(status().isNotFound());
		fx.post(citizen, TestingFixtures.BASE + "/registrations/" + code + "/cancel", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		fx.post(citizen, TestingFixtures.BASE + "/registrations/" + code + "/cancel", Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.testing.cannot-cancel"));
		fx.post(other, TestingFixtures.BASE + "/registrations", fx.registration(site, fx.firstSlot()))
			.andExpect(status().isCreated());
	}
}
