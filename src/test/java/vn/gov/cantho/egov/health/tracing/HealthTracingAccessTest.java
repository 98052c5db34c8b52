package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.HealthApiClient;
import vn.gov.cantho.egov.health.OpenCase;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Who may trace: HEALTH_TRACE only, through the API, the pages and the module's own interface. A logged-in caller
 * without it is refused (403 problem or error page) and the refusal is recorded in the trace log and the audit log
 * (who, what, when), even though the request fails; an anonymous caller is sent to log in and not recorded.
 */
@IntegrationTest
class HealthTracingAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseManagement cases;

	HealthApiClient api;
	String code;

	@BeforeEach
	void aCase() throws Exception {
		api = new HealthApiClient(mvc);
		TracingFixtures fixtures = new TracingFixtures(jdbc);
		CaseScenario town = new CaseScenario(fixtures);
		code = api.read(api.post("health", "/api/v1/health/cases",
				HealthCaseApiTest.body("personRef", fixtures.ref(town.theCase), town.from, town.until)))
			.get("code")
			.asString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "checkpoint", "citizen", "admin", "leader" })
	void anApiCallerWithoutHealthTraceIsRefusedAndTheRefusalIsRecorded(String caller) throws Exception {
		api.get(caller, HealthCaseApiTest.contacts(code, 2, "tò mò"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		api.get(caller, "/api/v1/health/cases/" + code + "/contacts.csv?purpose=x").andExpect(status().isForbidden());
		api.get(caller, "/api/v1/health/cases/" + code).andExpect(status().isForbidden());
		api.post(caller, "/api/v1/health/cases", java.util.Map.of()).andExpect(status().isForbidden());
		assertThat(refusals(caller)).contains(
				"GET /api/v1/health/cases/" + code + "/contacts",
				"GET /api/v1/health/cases/" + code + "/contacts.csv",
				"GET /api/v1/health/cases/" + code,
				"POST /api/v1/health/cases");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE actor = :caller AND action = 'health.contacts.refused'
				  AND reference = :code""").param("caller", caller).param("code", code).query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM health_trace_log WHERE officer = :caller AND action = 'READ'")
			.param("caller", caller).query(Long.class).single()).isZero();
	}

	@Test
	void aPageVisitorWithoutHealthTraceGetsTheErrorPageAndIsRecorded() throws Exception {
		mvc.perform(get("/y-te/ca-benh/" + code).param("purpose", "xem thử")
			.with(user(users.loadUserByUsername("checkpoint")))).andExpect(status().isForbidden());
		mvc.perform(get("/y-te/ca-benh").with(user(users.loadUserByUsername("citizen")))).andExpect(status().isForbidden());
		assertThat(refusals("checkpoint")).contains("GET /y-te/ca-benh/" + code);
		assertThat(refusals("citizen")).contains("GET /y-te/ca-benh");
	}

	@Test
	void anonymousCallersAreAskedToLogInAndNotRecorded() throws Exception {
		long before = count();
		api.get(null, HealthCaseApiTest.contacts(code, 2, "x")).andExpect(status().isUnauthorized());
		mvc.perform(get("/y-te/ca-benh/" + code)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dang-nhap"));
		assertThat(count()).isEqualTo(before);
	}

	/** The module checks too (another module calling it), and its refusal survives the failed call's rollback. */
	@Test
	void theModuleRefusesAndRecordsCallersWithoutHealthTraceToo() {
		Actor staff = new Actor("staff.no.trace", "Nhân viên", AccountKind.OFFICIAL, "SYT", Set.of("CHECKPOINT_STAFF"),
				Set.of("HEALTH_CHECK_IN_STAFF"), Scope.OWN_AGENCY);
		assertThatThrownBy(() -> cases.contacts(staff, code, 2, "tò mò")).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.trace-forbidden");
		assertThatThrownBy(() -> cases.open(staff, new OpenCase("X", null, null, "x", null)))
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.trace-forbidden");
		assertThat(jdbc.sql("SELECT request FROM health_trace_log WHERE officer = 'staff.no.trace' AND action = 'REFUSED'")
			.query(String.class).list()).contains("contacts", "open case");
	}

	List<String> refusals(String caller) {
		return jdbc.sql("SELECT request FROM health_trace_log WHERE officer = :caller AND action = 'REFUSED' ORDER BY id")
			.param("caller", caller)
			.query(String.class)
			.list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM health_trace_log").query(Long.class).single();
	}
}
