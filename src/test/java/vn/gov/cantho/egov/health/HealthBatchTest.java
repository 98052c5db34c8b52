package vn.gov.cantho.egov.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Device batches: good rows are kept while each bad one is reported with its position, the device's id and why;
 * duplicates inside a batch and across uploads add nothing; an oversized batch is refused whole.
 */
@IntegrationTest
class HealthBatchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HealthApiClient api;
	String venueQr;
	String personal;
	String device;
	Instant at;

	@BeforeEach
	void setUp() throws Exception {
		api = new HealthApiClient(mvc);
		venueQr = api.newVenueQr("Chốt thử lô");
		personal = api.read(api.post("checkpoint", "/api/v1/health/codes/lookup",
				Map.of("idNumber", "092091005678", "fullName", "Trần Thị Lô"))).get("token").asString();
		device = "scanner-" + UUID.randomUUID();
		at = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
	}

	Map<String, Object> row(String id, Object... pairs) {
		Map<String, Object> row = new HashMap<>(Map.of("id", id, "venueCode", venueQr, "personCode", personal,
				"checkedInAt", at.toString()));
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] == null) {
				row.remove((String) pairs[i]);
			}
			else {
				row.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return row;
	}

	long stored() {
		return jdbc.sql("SELECT COUNT(*) FROM health_check_in WHERE device_id = :d")
			.param("d", device)
			.query(Long.class)
			.single();
	}

	@Test
	void goodRowsAreKeptAndEachBadRowReported() throws Exception {
		List<Map<String, Object>> rows = List.of(row("1"), row("2", "venueCode", venueQr + "x"),
				row("3", "checkedInAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()), row("4", "id", null),
				row("5", "checkedOutAt", at.minusSeconds(1).toString()), row("1"), row("6", "personCode",
						new TestCodes(jdbc).personal("ZZZZZZZZZX", Instant.now().getEpochSecond() + 600)),
				row("7", "checkedInAt", at.plusSeconds(60).toString()));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.refused.length()").value(5))
			.andExpect(jsonPath("$.refused[0].index").value(1))
			.andExpect(jsonPath("$.refused[0].id").value("2"))
			.andExpect(jsonPath("$.refused[0].code").value("health.code-forged"))
			.andExpect(jsonPath("$.refused[0].field").value("venueCode"))
			.andExpect(jsonPath("$.refused[0].message").value(org.hamcrest.Matchers.containsString("not valid")))
			.andExpect(jsonPath("$.refused[1].code").value("health.check-in-future"))
			.andExpect(jsonPath("$.refused[1].field").value("checkedInAt"))
			.andExpect(jsonPath("$.refused[2].index").value(3))
			.andExpect(jsonPath("$.refused[2].code").value("health.check-in-id-invalid"))
			.andExpect(jsonPath("$.refused[3].code").value("health.check-out-before-check-in"))
			.andExpect(jsonPath("$.refused[4].index").value(6))
			.andExpect(jsonPath("$.refused[4].code").value("health.code-unknown"))
			.andExpect(jsonPath("$.refused[4].field").value("personCode"));
		assertThat(stored()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.check-ins.uploaded' AND reference = :d")
			.param("d", device).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRepeatedUploadAddsNothingEvenWithAnotherTime() throws Exception {
		List<Map<String, Object>> rows = List.of(row("a"), row("b", "checkedInAt", at.plusSeconds(5).toString()));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(jsonPath("$.accepted").value(2));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));
		// The device corrected its clock by a few minutes and sent the same check-ins again.
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns",
				List.of(row("a", "checkedInAt", at.plusSeconds(300).toString()))))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(1));
		// A single upload of the same device check-in is the same check-in too.
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "id", "b", "venueCode", venueQr,
				"personCode", personal, "checkedInAt", at.plusSeconds(5).toString(), "source", "DEVICE_BATCH"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true));
		assertThat(stored()).isEqualTo(2);
	}

	@Test
	void aLargeBatchIsWrittenAsOneStatementWithItsBadRowsReported() throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			rows.add(row("L" + i, "checkedInAt", at.minusSeconds(i * 60L).toString()));
		}
		rows.set(17, row("L17", "personCode", new TestCodes(jdbc).personal("ZZZZZZZZZW",
				Instant.now().getEpochSecond() + 600)));
		rows.add(row("L3"));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(499))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.refused.length()").value(1))
			.andExpect(jsonPath("$.refused[0].index").value(17))
			.andExpect(jsonPath("$.refused[0].code").value("health.code-unknown"));
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(500));
		assertThat(stored()).isEqualTo(499);
	}

	@Test
	void anOversizedBatchIsRefusedWhole() throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i <= 10_000; i++) {
			rows.add(Map.of("id", "r" + i, "venueCode", venueQr, "personCode", personal));
		}
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", rows))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("health.batch-too-large"))
			.andExpect(jsonPath("$.field").value("checkIns"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("10,000")));
		assertThat(stored()).isZero();
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsParsedAndAMalformedOneIs400() throws Exception {
		String big = "{\"deviceId\":\"" + device + "\",\"checkIns\":[" + "{\"id\":\"x\"},".repeat(900_000) + "]}";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/health/check-ins")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("checkpoint", HealthApiClient.PASSWORD))
			.contentType("application/json")
			.content(big))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("health.batch-too-large"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/health/check-ins")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("checkpoint", HealthApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"venueCode\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("malformed-request"));
		assertThat(stored()).isZero();
	}

	@Test
	void theDeviceAndTheCallerAreChecked() throws Exception {
		api.post("checkpoint", "/api/v1/health/check-ins", Map.of("deviceId", "bad device!", "checkIns", List.of(row("1"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.device-id-invalid"))
			.andExpect(jsonPath("$.field").value("deviceId"));
		api.post("citizen", "/api/v1/health/check-ins", Map.of("deviceId", device, "checkIns", List.of(row("1"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("health.forbidden"));
		assertThat(stored()).isZero();
	}
}
