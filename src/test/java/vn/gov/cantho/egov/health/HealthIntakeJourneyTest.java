package vn.gov.cantho.egov.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * The intake journey through the API: an official registers a venue, the citizen declares and gets a personal code,
 * checkpoint staff scan it, the citizen scans the venue himself and checks out, a device uploads a batch, and the rows
 * are in the database with the ids the receipts gave.
 */
@IntegrationTest
class HealthIntakeJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HealthApiClient api;

	@BeforeEach
	void client() {
		api = new HealthApiClient(mvc);
	}

	@Test
	void venueDeclarationScanSelfScanCheckOutAndBatch() throws Exception {
		JsonNode venue = api.read(api.post("health", "/api/v1/health/venues", HealthApiClient.venue("Chợ thử", "MARKET"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.defaultStayMinutes").value(45))
			.andExpect(jsonPath("$.minOverlapMinutes").value(30))
			.andExpect(jsonPath("$.active").value(true)));
		String code = venue.get("code").asString();
		String qr = venue.get("qr").asString();
		assertThat(code).matches("[0-9A-Z]{10}");
		assertThat(qr).startsWith("http").contains("/c/V1." + code + ".");

		JsonNode personal = api.read(api.post("citizen", "/api/v1/health/declarations",
				Map.of("symptoms", List.of("COUGH"), "contactWithCase", false, "travel", "Cần Thơ"))
			.andExpect(status().isCreated()));
		String token = personal.get("token").asString();
		String ref = personal.get("personRef").asString();
		String idNumber = jdbc.sql("SELECT id_number FROM identity_account WHERE username = 'citizen'")
			.query(String.class).single();
		assertThat(token).startsWith("P1." + ref + ".").doesNotContain(idNumber);
		api.get("citizen", "/api/v1/health/codes/me")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").value(token));
		assertThat(jdbc.sql("SELECT id_number_tail FROM health_person WHERE ref = :r").param("r", ref)
			.query(String.class).single()).hasSize(4);

		String scanned = api.read(api.post("checkpoint", "/api/v1/health/check-ins",
				Map.of("venueCode", qr, "personCode", token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.venueCode").value(code))
			.andExpect(jsonPath("$.venueName").value("Chợ thử"))
			.andExpect(jsonPath("$.duplicate").value(false))).get("id").asString();

		JsonNode self = api.read(api.post("citizen", "/api/v1/health/check-ins", Map.of("venueCode", qr))
			.andExpect(status().isCreated()));
		api.post("citizen", "/api/v1/health/check-ins/" + self.get("id").asString() + "/check-out",
				Map.of("checkedInAt", self.get("checkedInAt").asString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkedOutAt").isNotEmpty());

		Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
		String device = "scanner-" + UUID.randomUUID();
		Map<String, Object> batch = Map.of("deviceId", device, "checkIns", List.of(
				Map.of("id", "a1", "venueCode", qr, "personCode", token, "checkedInAt", at.toString()),
				Map.of("id", "a2", "venueCode", qr, "personCode", "P1.forged", "checkedInAt", at.toString()),
				Map.of("id", "a1", "venueCode", qr, "personCode", token, "checkedInAt", at.toString())));
		api.post("checkpoint", "/api/v1/health/check-ins", batch)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.refused[0].index").value(1))
			.andExpect(jsonPath("$.refused[0].id").value("a2"))
			.andExpect(jsonPath("$.refused[0].code").value("health.code-forged"))
			.andExpect(jsonPath("$.refused[0].field").value("personCode"));
		api.post("checkpoint", "/api/v1/health/check-ins", batch)
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));

		long stored = jdbc.sql("""
				SELECT COUNT(*) FROM health_check_in c JOIN health_venue v ON v.id = c.venue_id
				WHERE v.code = :code""").param("code", code).query(Long.class).single();
		assertThat(stored).isEqualTo(3);
		assertThat(jdbc.sql("SELECT recorded_by FROM health_check_in WHERE id = :id")
			.param("id", UUID.fromString(scanned)).query(String.class).single()).isEqualTo("checkpoint");
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		api.get(null, "/v3/api-docs")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/health/check-ins'].post.requestBody.content['application/json'].schema")
				.exists())
			.andExpect(jsonPath("$.components.schemas.CheckInRequest.properties.checkIns").exists())
			.andExpect(jsonPath("$.paths['/api/v1/health/check-ins/{id}/check-out'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/health/venues'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/health/declarations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/health/codes/lookup'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/health/codes/keys/{purpose}/rotate'].post").exists());
	}
}
