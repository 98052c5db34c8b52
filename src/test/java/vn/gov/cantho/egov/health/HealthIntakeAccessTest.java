package vn.gov.cantho.egov.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Who may call what: anonymous callers get 401, callers without the permission 403 (as problem details with a code),
 * owners see only their venues (someone else's is 404), lookups by ID number keep only a hash and four digits and are
 * audited, and contact details are for tracers only, every read audited.
 */
@IntegrationTest
class HealthIntakeAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	HealthApiClient api;

	@BeforeEach
	void client() {
		api = new HealthApiClient(mvc);
	}

	@Test
	void anonymousCallersAreAskedToAuthenticate() throws Exception {
		for (String path : new String[] { "/api/v1/health/check-ins", "/api/v1/health/venues",
				"/api/v1/health/declarations", "/api/v1/health/codes/lookup", "/api/v1/health/codes/keys/VENUE/rotate" }) {
			api.post(null, path, Map.of()).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
		}
		api.get(null, "/api/v1/health/codes/me").andExpect(status().isUnauthorized());
		api.get(null, "/api/v1/health/venues").andExpect(status().isUnauthorized());
	}

	@Test
	void callersWithoutThePermissionAreRefused() throws Exception {
		// officer: a one-stop official with no health permission at all.
		api.post("officer", "/api/v1/health/check-ins", Map.of("venueCode", "x")).andExpect(status().isForbidden());
		api.post("officer", "/api/v1/health/venues", Map.of()).andExpect(status().isForbidden());
		api.post("officer", "/api/v1/health/declarations", Map.of()).andExpect(status().isForbidden());
		api.get("officer", "/api/v1/health/codes/me").andExpect(status().isForbidden());
		api.post("citizen", "/api/v1/health/codes/lookup", Map.of("idNumber", "092090001111"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		api.post("citizen", "/api/v1/health/codes/keys/PERSON/rotate", Map.of()).andExpect(status().isForbidden());
		api.post("checkpoint", "/api/v1/health/codes/keys/VENUE/rotate", Map.of()).andExpect(status().isForbidden());
		api.post("checkpoint", "/api/v1/health/declarations", Map.of()).andExpect(status().isForbidden());
		api.post("admin", "/api/v1/health/codes/keys/SOMETHING/rotate", Map.of())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.key-purpose-unknown"));
	}

	@Test
	void ownersSeeTheirOwnVenuesManagersSeeAll() throws Exception {
		JsonNode mine = api.read(api.post("citizen", "/api/v1/health/venues",
				HealthApiClient.venue("Tiệm của công dân", "RESTAURANT")).andExpect(status().isCreated()));
		String code = mine.get("code").asString();
		String official = api.read(api.post("health", "/api/v1/health/venues",
				HealthApiClient.venue("Chốt của Sở", "CHECKPOINT"))).get("code").asString();
		api.get("citizen", "/api/v1/health/venues/" + code).andExpect(status().isOk());
		api.get("citizen", "/api/v1/health/venues/" + official)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("health.venue-not-found"));
		api.get("health", "/api/v1/health/venues/" + code).andExpect(status().isOk());
		api.get("citizen", "/api/v1/health/venues")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].ownerAccount").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("citizen"))));
		api.post("citizen", "/api/v1/health/venues/" + official + "/close", Map.of()).andExpect(status().isNotFound());
		api.post("citizen", "/api/v1/health/venues", HealthApiClient.venue("Chốt tự lập", "CHECKPOINT"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.venue-checkpoint-official"))
			.andExpect(jsonPath("$.field").value("type"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.venue.registered' AND reference = :c")
			.param("c", code).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadRegistrationReportsEveryField() throws Exception {
		api.post("health", "/api/v1/health/venues", Map.of("name", " ", "unitCode", "99999",
				"defaultStayMinutes", 2, "minOverlapMinutes", -1, "ownerPhone", "123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "address",
					"unitCode", "type", "defaultStayMinutes", "minOverlapMinutes", "ownerPhone")));
	}

	@Test
	void lookupsByIdNumberKeepOnlyAHashAndAreAudited() throws Exception {
		// A serial no earlier run used: the audit count below is of this person only.
		String idNumber = "0921900" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
		String ref = api.read(api.post("checkpoint", "/api/v1/health/codes/lookup",
				Map.of("idNumber", idNumber, "fullName", "Lê Văn Tra", "phone", "0912 000 777"))
			.andExpect(status().isOk())).get("personRef").asString();
		String again = api.read(api.post("checkpoint", "/api/v1/health/codes/lookup", Map.of("idNumber", idNumber)))
			.get("personRef").asString();
		assertThat(again).isEqualTo(ref);
		Map<String, Object> row = jdbc.sql("SELECT * FROM health_person WHERE ref = :r").param("r", ref).query().singleRow();
		assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(idNumber));
		assertThat(row.get("ID_NUMBER_TAIL") != null ? row.get("ID_NUMBER_TAIL") : row.get("id_number_tail"))
			.isEqualTo(idNumber.substring(8));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.person.looked-up' AND reference = :r")
			.param("r", ref).query(Long.class).single()).isEqualTo(2);
		api.post("checkpoint", "/api/v1/health/codes/lookup", Map.of("idNumber", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("identity.invalid-id-number"))
			.andExpect(jsonPath("$.field").value("idNumber"));

		Actor tracer = new Actor("health", "Cán bộ y tế", AccountKind.OFFICIAL, "SYT", Set.of("HEALTH_OFFICER"),
				Set.of(Permissions.HEALTH_TRACE), Scope.OWN_AGENCY);
		PersonContact contact = people.contact(tracer, ref).orElseThrow();
		assertThat(contact.fullName()).isEqualTo("Lê Văn Tra");
		assertThat(contact.phone()).isEqualTo("0912000777");
		assertThat(contact.idNumberTail()).isEqualTo(idNumber.substring(8));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.contact.read' AND reference = :r")
			.param("r", ref).query(Long.class).single()).isEqualTo(1);
		Actor staff = new Actor("checkpoint", "Cán bộ chốt", AccountKind.OFFICIAL, "SYT", Set.of("CHECKPOINT_STAFF"),
				Set.of(Permissions.HEALTH_CHECK_IN_STAFF), Scope.OWN_AGENCY);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.contact(staff, ref))
			.isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.forbidden");
	}

	@Test
	void aCitizenFirstCheckedInByIdNumberKeepsOnePersonOnceDeclaring() throws Exception {
		String idNumber = jdbc.sql("SELECT id_number FROM identity_account WHERE username = 'citizen'")
			.query(String.class).single();
		String byStaff = api.read(api.post("checkpoint", "/api/v1/health/codes/lookup", Map.of("idNumber", idNumber)))
			.get("personRef").asString();
		String declared = api.read(api.post("citizen", "/api/v1/health/declarations", Map.of("contactWithCase", true)))
			.get("personRef").asString();
		assertThat(declared).isEqualTo(byStaff);
		assertThat(jdbc.sql("SELECT account FROM health_person WHERE ref = :r").param("r", declared)
			.query(String.class).single()).isEqualTo("citizen");
	}
}
