package vn.gov.cantho.egov.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.gov.cantho.egov.IntegrationTest;

/**
 * Single check-ins refused for bad input, each with its code, the field at fault and a translated title: forged,
 * expired and unknown codes, a closed venue, times in the future or older than retention, a check-out before the
 * check-in, someone else's code on a self scan; and the same check-in sent twice with an Idempotency-Key stored once.
 */
@IntegrationTest
class HealthCheckInRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HealthApiClient api;
	String venueQr;
	String personal;

	@BeforeEach
	void venueAndPerson() throws Exception {
		api = new HealthApiClient(mvc);
		venueQr = api.newVenueQr("Quầy kiểm thử quy tắc");
		personal = api.read(api.post("citizen", "/api/v1/health/declarations", Map.of("contactWithCase", false)))
			.get("token")
			.asString();
	}

	Map<String, Object> checkIn(Object... pairs) {
		Map<String, Object> body = new HashMap<>(Map.of("venueCode", venueQr, "personCode", personal));
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	@Test
	void timesOutsideTheWindowAreRefusedWithTheirField() throws Exception {
		Instant now = Instant.now();
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("checkedInAt", now.plus(6, ChronoUnit.MINUTES)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.check-in-future"))
			.andExpect(jsonPath("$.field").value("checkedInAt"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("future")));
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("checkedInAt", now.plus(4, ChronoUnit.MINUTES)))
			.andExpect(status().isCreated());
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("checkedInAt", now.minus(22, ChronoUnit.DAYS)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.check-in-too-old"))
			.andExpect(jsonPath("$.field").value("checkedInAt"));
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("checkedInAt", now.minus(20, ChronoUnit.DAYS)))
			.andExpect(status().isCreated());
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("checkedInAt", now.minus(1, ChronoUnit.HOURS),
				"checkedOutAt", now.minus(2, ChronoUnit.HOURS)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.check-out-before-check-in"))
			.andExpect(jsonPath("$.field").value("checkedOutAt"));
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() throws Exception {
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("venueCode", "V1.nothing", "personCode", "x",
				"checkedInAt", Instant.now().plus(1, ChronoUnit.DAYS)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("venueCode"))
			.andExpect(jsonPath("$.errors[0].code").value("health.code-forged"))
			.andExpect(jsonPath("$.errors[1].field").value("personCode"))
			.andExpect(jsonPath("$.errors[2].code").value("health.check-in-future"));
	}

	@Test
	void forgedExpiredAndUnknownCodesAreRefused() throws Exception {
		String altered = personal.substring(0, personal.length() - 2) + (personal.endsWith("AA") ? "BB" : "AA");
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("personCode", altered))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.code-forged"))
			.andExpect(jsonPath("$.field").value("personCode"));
		TestCodes signer = new TestCodes(jdbc);
		String ref = personal.split("\\.")[1];
		api.post("checkpoint", "/api/v1/health/check-ins",
				checkIn("personCode", signer.personal(ref, Instant.now().getEpochSecond() - 10)))
			.andExpect(jsonPath("$.code").value("health.code-expired"));
		api.post("checkpoint", "/api/v1/health/check-ins",
				checkIn("personCode", signer.personal("ZZZZZZZZZZ", Instant.now().getEpochSecond() + 600)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.code-unknown"))
			.andExpect(jsonPath("$.field").value("personCode"));
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("venueCode", signer.venue("ZZZZZZZZZY")))
			.andExpect(jsonPath("$.code").value("health.code-unknown"))
			.andExpect(jsonPath("$.field").value("venueCode"));
	}

	@Test
	void aClosedVenueRefusesCheckIns() throws Exception {
		JsonNode venue = api.read(api.post("health", "/api/v1/health/venues", HealthApiClient.venue("Sắp đóng", "SHOP")));
		String qr = venue.get("qr").asString();
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("venueCode", qr)).andExpect(status().isCreated());
		api.post("health", "/api/v1/health/venues/" + venue.get("code").asString() + "/close", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.qr").isEmpty());
		api.post("checkpoint", "/api/v1/health/check-ins", checkIn("venueCode", qr))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.code-unknown"))
			.andExpect(jsonPath("$.field").value("venueCode"));
	}

	@Test
	void aSelfScanIsTheCallersOwnAndStaffScansNeedStaff() throws Exception {
		api.post("citizen", "/api/v1/health/check-ins", Map.of("venueCode", venueQr, "personCode", personal,
				"source", "SELF_SCAN")).andExpect(status().isCreated());
		String someoneElse = api.read(api.post("checkpoint", "/api/v1/health/codes/lookup",
				Map.of("idNumber", "092090001234", "fullName", "Người không có điện thoại"))).get("token").asString();
		api.post("citizen", "/api/v1/health/check-ins", Map.of("venueCode", venueQr, "personCode", someoneElse,
				"source", "SELF_SCAN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.not-own-code"));
		api.post("citizen", "/api/v1/health/check-ins", Map.of("venueCode", venueQr, "personCode", someoneElse))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("health.forbidden"));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("venueCode", venueQr, "personCode", someoneElse,
				"source", "STAFF_ID_NUMBER")).andExpect(status().isCreated());
	}

	@Test
	void anIdempotencyKeyMakesARetryAddNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		JsonNode first = api.read(api.post("checkpoint", "/api/v1/health/check-ins", checkIn(), key)
			.andExpect(status().isCreated()));
		JsonNode again = api.read(api.post("checkpoint", "/api/v1/health/check-ins", checkIn(), key)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true)));
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(again.get("checkedInAt").asString()).isEqualTo(first.get("checkedInAt").asString());
		// The same key from another account is another check-in.
		api.post("health", "/api/v1/health/check-ins", checkIn(), key).andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM health_check_in WHERE id = :id")
			.param("id", UUID.fromString(first.get("id").asString())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void checkOutOnceOnlyOwnAndNotBeforeCheckIn() throws Exception {
		JsonNode mine = api.read(api.post("citizen", "/api/v1/health/check-ins", Map.of("venueCode", venueQr)));
		String path = "/api/v1/health/check-ins/" + mine.get("id").asString() + "/check-out";
		Instant in = Instant.parse(mine.get("checkedInAt").asString());
		api.post("citizen", path, Map.of("checkedInAt", in.toString(), "checkedOutAt", in.minusSeconds(60).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.check-out-before-check-in"));
		api.post("citizen", path, Map.of("checkedInAt", in.minusSeconds(1).toString()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.check-in-not-found"));
		String out = in.plusSeconds(30).toString();
		api.post("citizen", path, Map.of("checkedInAt", in.toString(), "checkedOutAt", out))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkedOutAt").value(out));
		api.post("citizen", path, Map.of("checkedInAt", in.toString(), "checkedOutAt", out))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true));
		api.post("checkpoint", path, Map.of("checkedInAt", in.toString(), "checkedOutAt", in.plusSeconds(90).toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.already-checked-out"));
	}

	@Test
	void problemsAreInVietnameseByDefault() throws Exception {
		// Problem details are in the caller's language: Vietnamese by default.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/health/check-ins")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("checkpoint", HealthApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"venueCode\":\"x\",\"personCode\":\"y\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Mã QR không hợp lệ")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("venueCode")));
	}
}
