package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthApiClient;
import vn.gov.cantho.egov.health.HealthCodes;

/**
 * The cases API end to end on the demo accounts: recording a case traces it (F1, F2 with the time order respected,
 * the case never listed), contacts by generation with contact details, the CSV, and every read in the trace log.
 */
@IntegrationTest
class HealthCaseApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthCodes codes;

	HealthApiClient api;
	TracingFixtures fixtures;
	CaseScenario town;

	@BeforeEach
	void town() {
		api = new HealthApiClient(mvc);
		fixtures = new TracingFixtures(jdbc);
		town = new CaseScenario(fixtures);
	}

	@Test
	void recordingACaseTracesF1AndF2AndTheListsAreReadByGeneration() throws Exception {
		JsonNode recorded = api.read(api.post("health", "/api/v1/health/cases",
				body("personRef", fixtures.ref(town.theCase), town.from, town.until))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.f1Count").value(2))
			.andExpect(jsonPath("$.f2Count").value(1))
			.andExpect(jsonPath("$.personRef").value(fixtures.ref(town.theCase)))
			.andExpect(jsonPath("$.personName").value("Ca bệnh thử nghiệm")));
		String code = recorded.get("code").asString();
		assertThat(code).matches("F0-\\d{6}-\\d{4}");
		api.get("health", "/api/v1/health/cases/" + code).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code)).andExpect(jsonPath("$.reason").value("PCR dương tính"));

		JsonNode f1 = api.read(api.get("health", contacts(code, 1, "Gọi điện cho F1")).andExpect(status().isOk()));
		assertThat(refs(f1)).containsExactly(fixtures.ref(town.x), fixtures.ref(town.w));
		JsonNode x = f1.get("contacts").get(0);
		assertThat(x.get("generation").asInt()).isEqualTo(1);
		assertThat(x.get("fullName").asString()).isEqualTo("Nguyễn Văn X");
		assertThat(x.get("phone").asString()).startsWith("09");
		assertThat(x.get("idNumberTail").asString()).hasSize(4);
		assertThat(x.get("venueName").asString()).isEqualTo("Chợ thử nghiệm");
		assertThat(Instant.parse(x.get("overlapFrom").asString())).isEqualTo(TracingFixtures.at(town.day, 10, 0));
		assertThat(Instant.parse(x.get("overlapUntil").asString())).isEqualTo(TracingFixtures.at(town.day, 11, 0));
		assertThat(x.get("minutes").asLong()).isEqualTo(60);
		assertThat(x.get("viaPersonRef").asString()).isEqualTo(fixtures.ref(town.theCase));
		// W came at 10:30 with no check-out (45 minutes): exposed until 11:15, within the 30 minutes of lingering
		assertThat(f1.get("contacts").get(1).get("minutes").asLong()).isEqualTo(45);

		JsonNode both = api.read(api.get("health", contacts(code, 2, "Gọi điện cho F1 và F2")).andExpect(status().isOk()));
		assertThat(refs(both)).containsExactly(fixtures.ref(town.x), fixtures.ref(town.w), fixtures.ref(town.z))
			.doesNotContain(fixtures.ref(town.y), fixtures.ref(town.theCase));
		JsonNode z = both.get("contacts").get(2);
		assertThat(z.get("generation").asInt()).isEqualTo(2);
		assertThat(z.get("viaPersonRef").asString()).isEqualTo(fixtures.ref(town.x));
		assertThat(z.get("venueName").asString()).isEqualTo("Quán cà phê thử nghiệm");

		assertThat(log(code)).containsExactly("OPENED health PCR dương tính", "TRACED health PCR dương tính",
				"READ health Gọi điện cho F1", "READ health Gọi điện cho F1 và F2");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE reference = :code AND actor = 'health' AND action IN "
				+ "('health.case.opened', 'health.case.traced', 'health.case.read', 'health.contacts.read')")
			.param("code", code).query(Long.class).single()).as("opened, traced, read twice, two lists").isEqualTo(6);
	}

	@Test
	void theCaseIsNamedByScannedCodeOrIdNumberAndAForgedCodeIsRefused() throws Exception {
		String token = codes.issuePersonal(fixtures.ref(town.theCase)).token();
		api.post("health", "/api/v1/health/cases", body("personCode", token, town.from, town.until))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.f1Count").value(2));
		String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		api.post("health", "/api/v1/health/cases", body("personCode", forged, town.from, town.until))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.code-forged"))
			.andExpect(jsonPath("$.field").value("personCode"));
		String idNumber = "092095" + String.format("%06d", (long) (Math.random() * 1_000_000));
		api.post("health", "/api/v1/health/cases", body("idNumber", idNumber, town.from, town.until))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.f1Count").value(0));
		Map<String, Object> both = body("idNumber", idNumber, town.from, town.until);
		both.put("personRef", fixtures.ref(town.x));
		api.post("health", "/api/v1/health/cases", both)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("health.case-person-ambiguous"));
		api.post("health", "/api/v1/health/cases", body("personRef", "NOBODY", town.from, town.until))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.case-person-unknown"))
			.andExpect(jsonPath("$.field").value("person"));
	}

	@Test
	void aSecondCaseOfTheSamePersonOverlappingTheFirstIsAConflict() throws Exception {
		String ref = fixtures.ref(town.theCase);
		String first = api.read(api.post("health", "/api/v1/health/cases", body("personRef", ref, town.from, town.until)))
			.get("code").asString();
		api.post("health", "/api/v1/health/cases", body("personRef", ref, town.from.plus(Duration.ofDays(1)), town.until))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.case-exists"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString(first)));
	}

	@Test
	void readingContactsNeedsAPurposeAndAKnownGeneration() throws Exception {
		String code = open();
		api.get("health", "/api/v1/health/cases/" + code + "/contacts?generation=2")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.trace-purpose-required"))
			.andExpect(jsonPath("$.field").value("purpose"));
		api.get("health", contacts(code, 3, "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("health.trace-generation"));
		api.get("health", contacts("F0-000101-9999", 2, "x")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.case-not-found"));
		assertThat(log(code)).containsExactly("OPENED health PCR dương tính", "TRACED health PCR dương tính");
	}

	@Test
	void theCsvIsSafeForSpreadsheetsAndRecordedAsAnExport() throws Exception {
		String code = open();
		var response = mvc.perform(get(contacts(code, 2, "Gửi danh sách cho phường").replace("/contacts?", "/contacts.csv?"))
			.with(httpBasic("health", HealthApiClient.PASSWORD))
			.header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-contacts.csv\""))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<String> lines = csv.lines().toList();
		assertThat(csv).contains("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("\"Loại\",\"Mã người\",\"Họ và tên\"");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm\"\")\"")
			.contains("\"'+84901234567\"")
			.doesNotContain(",\"=HYPERLINK")
			.contains("\"F2\"", "\"Lê Văn Z\"");
		assertThat(lines.get(1)).contains("\"" + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(vn.gov.cantho.egov.health.domain.DailyPartitions.ZONE).format(TracingFixtures.at(town.day, 10, 0)) + "\"");
		assertThat(log(code)).endsWith("EXPORTED health Gửi danh sách cho phường");
	}

	@Test
	void tracingAgainFindsCheckInsUploadedLate() throws Exception {
		String code = open();
		long late = fixtures.person("Đến muộn");
		fixtures.checkIn(late, town.market, TracingFixtures.at(town.day, 10, 15), TracingFixtures.at(town.day, 10, 50));
		api.read(api.post("health", "/api/v1/health/cases/" + code + "/trace", Map.of("purpose", "Thiết bị tải lên muộn"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.f1Count").value(3)));
		api.post("health", "/api/v1/health/cases/" + code + "/trace", Map.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.trace-purpose-required"));
		assertThat(log(code)).endsWith("TRACED health Thiết bị tải lên muộn");
	}

	String open() throws Exception {
		return api.read(api.post("health", "/api/v1/health/cases",
				body("personRef", fixtures.ref(town.theCase), town.from, town.until)).andExpect(status().isCreated()))
			.get("code")
			.asString();
	}

	static Map<String, Object> body(String how, String who, Instant from, Instant until) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(how, who);
		body.put("infectiousFrom", from == null ? null : from.toString());
		body.put("infectiousUntil", until == null ? null : until.toString());
		body.put("reason", "PCR dương tính");
		return body;
	}

	static String contacts(String code, int generation, String purpose) {
		// MockMvc encodes the template itself
		return "/api/v1/health/cases/" + code + "/contacts?generation=" + generation + "&purpose=" + purpose;
	}

	static List<String> refs(JsonNode list) {
		return list.get("contacts").valueStream().map(c -> c.get("personRef").asString()).toList();
	}

	/** The trace log of a case: action, officer, purpose, oldest first. */
	List<String> log(String code) {
		return jdbc.sql("SELECT action, officer, purpose FROM health_trace_log WHERE case_code = :code ORDER BY id")
			.param("code", code)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list();
	}
}
