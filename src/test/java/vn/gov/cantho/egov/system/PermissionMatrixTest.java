package vn.gov.cantho.egov.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Every demo role (and an anonymous caller) against every protected URL of every module: the status each must get.
 * Pages use a session login, the API HTTP Basic with the demo password. Writes are sent with an empty body: a caller
 * who may write gets past security to validation (anything but 401/403), everyone else is refused.
 */
@IntegrationTest
class PermissionMatrixTest {

	static final String ANONYMOUS = "(anonymous)";
	static final List<String> CALLERS = List.of("citizen", "officer", "specialist", "leader", "operator", "health",
			"checkpoint", "admin", ANONYMOUS);
	static final Set<String> OFFICIALS = Set.of("officer", "specialist", "leader", "operator", "health", "checkpoint",
			"admin");

	/** Expected status for a caller; anonymous callers of pages are sent to the login page (302), of the API 401. */
	record Rule(String url, boolean api, Map<String, Integer> granted) {

		int expected(String caller) {
			if (caller.equals(ANONYMOUS)) {
				return granted.getOrDefault(ANONYMOUS, api ? 401 : 302);
			}
			return granted.getOrDefault(caller, 403);
		}
	}

	static final Map<String, Integer> ADMIN_ONLY = Map.of("admin", 200);
	static final Map<String, Integer> ONE_STOP_404 = Map.of("citizen", 404, "officer", 404, "specialist", 404,
			"leader", 404);

	static final List<Rule> RULES = List.of(page("/", withAnonymous(everyone())),
			// identity
			page("/tai-khoan", everyone()), page("/tai-khoan/mat-khau", everyone()),
			page("/dang-ky", withAnonymous(everyone())), page("/dang-nhap", withAnonymous(everyone())),
			page("/quan-tri", ADMIN_ONLY), page("/quan-tri/tai-khoan", ADMIN_ONLY),
			page("/quan-tri/tai-khoan/tao-moi", ADMIN_ONLY), page("/quan-tri/tai-khoan/leader", ADMIN_ONLY),
			api("/api/v1/me", everyone()),
			// the demo leader heads the city immigration office: his scope reaches the agencies of the wards below
			api("/api/v1/agencies/CA-XNC/officials", Map.of("admin", 200, "leader", 200)),
			api("/api/v1/agencies/UBND-CAIKHE/officials", Map.of("admin", 200, "leader", 200)),
			api("/api/v1/agencies/SYT/officials", ADMIN_ONLY),
			// directory
			page("/quan-tri/don-vi", ADMIN_ONLY), page("/quan-tri/don-vi/sap-xep", ADMIN_ONLY),
			page("/quan-tri/co-quan", ADMIN_ONLY), page("/quan-tri/linh-vuc", ADMIN_ONLY),
			api("/api/v1/admin-units", everyone()), api("/api/v1/admin-units/92", everyone()),
			api("/api/v1/agencies", everyone()), api("/api/v1/agencies/SYT", everyone()),
			api("/api/v1/fields", everyone()),
			// audit and notification
			page("/quan-tri/nhat-ky", ADMIN_ONLY), api("/api/v1/audit-entries", ADMIN_ONLY),
			page("/quan-tri/thong-bao", ADMIN_ONLY),
			// calendar: the days off and the deadline arithmetic are public, decisions are the administrator's
			page("/lich-nghi", withAnonymous(everyone())), page("/quan-tri/lich-lam-viec", ADMIN_ONLY),
			api("/api/v1/calendar/holidays?year=2027", withAnonymous(everyone())),
			api("/api/v1/calendar/add-working-days?from=2027-02-01&days=5", withAnonymous(everyone())),
			// dossier pages: lookup for everyone, own dossiers for citizens, the one-stop desk for its officials
			page("/tra-cuu", withAnonymous(everyone())), page("/ho-so", Map.of("citizen", 200)),
			page("/ho-so/nop/1.001456", Map.of("citizen", 200)),
			page("/mot-cua", Map.of("officer", 200, "specialist", 200, "leader", 200)),
			page("/mot-cua/dang-ky", Map.of("officer", 200)),
			page("/mot-cua/dang-ky/1.001456", Map.of("officer", 200)),
			page("/mot-cua/so-lieu", Map.of("leader", 200, "admin", 200)),
			// feedback pages: the public page, filing and follow-up for anyone, one's own items for any account, the
			// 1022 queue for coordinators and agency officials, the console for intake, the figures for leaders
			page("/phan-anh", withAnonymous(everyone())), page("/phan-anh/gui", withAnonymous(everyone())),
			page("/phan-anh/theo-doi", withAnonymous(everyone())), page("/phan-anh/cua-toi", everyone()),
			page("/1022", Map.of("officer", 200, "specialist", 200, "leader", 200, "operator", 200)),
			page("/1022/tong-dai", Map.of("officer", 200, "operator", 200)),
			page("/1022/so-lieu", Map.of("leader", 200, "operator", 200, "admin", 200)),
			// procedure catalogue: read by anyone, maintained by administrators
			page("/thu-tuc", withAnonymous(everyone())), page("/thu-tuc/1.001456", withAnonymous(everyone())),
			page("/quan-tri/thu-tuc", ADMIN_ONLY), page("/quan-tri/thu-tuc/moi", ADMIN_ONLY),
			page("/quan-tri/thu-tuc/1.001456", ADMIN_ONLY), api("/api/v1/procedures", withAnonymous(everyone())),
			api("/api/v1/procedures/1.001456", withAnonymous(everyone())),
			// dossiers: citizens their own, the one-stop team its agency's (an unknown code is 404 to both), figures
			// for leaders and administrators, the status lookup for anyone with the code and phone
			api("/api/v1/me/dossiers", Map.of("citizen", 200)),
			api("/api/v1/dossiers", Map.of("officer", 200, "specialist", 200, "leader", 200)),
			api("/api/v1/dossiers/NO-SUCH-CODE", ONE_STOP_404),
			api("/api/v1/dossiers/NO-SUCH-CODE/files/x", ONE_STOP_404),
			api("/api/v1/dossiers/NO-SUCH-CODE/status?phone=0901234567", withAnonymous(everyone(404), 404)),
			api("/api/v1/stats/dossiers?from=2026-01-01&to=2026-12-31", Map.of("leader", 200, "admin", 200)),
			// feedback (1022): fields and public answers for anyone, the work queue for coordinators and agency
			// officials (an unknown number is 404 to them), figures for leaders, coordinators and administrators
			api("/api/v1/feedback/fields", withAnonymous(everyone())),
			api("/api/v1/feedback/public", withAnonymous(everyone())),
			api("/api/v1/feedback", Map.of("officer", 200, "specialist", 200, "leader", 200, "operator", 200)),
			api("/api/v1/feedback/PA-000101-9999",
					Map.of("officer", 404, "specialist", 404, "leader", 404, "operator", 404)),
			api("/api/v1/me/feedback", everyone()),
			api("/api/v1/stats/feedback?from=2026-01-01&to=2026-12-31",
					Map.of("leader", 200, "operator", 200, "admin", 200)),
			// Open311: reading is public (logins are not even read there); its API keys are the administrator's
			api("/open311/v2/discovery.xml", withAnonymous(everyone())),
			api("/open311/v2/services.json", withAnonymous(everyone())),
			api("/open311/v2/requests.json", withAnonymous(everyone())),
			page("/quan-tri/open311", ADMIN_ONLY),
			// health retention and figures: what is held until when, and the outbreak figures, for HEALTH_STATS
			page("/y-te/du-lieu-luu-giu", Map.of("health", 200, "leader", 200, "admin", 200)),
			page("/y-te/so-lieu", Map.of("health", 200, "leader", 200, "admin", 200)),
			api("/api/v1/stats/health?from=2026-01-01&to=2026-01-31", Map.of("health", 200, "leader", 200, "admin", 200)),
			// health intake: venues for their owners (citizens, health officers) and venue managers (health officers,
			// administrators); someone else's or an unknown venue is 404
			api("/api/v1/health/venues", Map.of("citizen", 200, "health", 200, "admin", 200)),
			api("/api/v1/health/venues/NOSUCHCODE", Map.of("citizen", 404, "health", 404, "admin", 404)),
			// outbreak pages: venues for owners and venue managers, the declaration for citizens, the checkpoint for
			// its staff, the officials' landing for any health permission
			page("/dia-diem", Map.of("citizen", 200, "health", 200, "admin", 200)),
			page("/dia-diem/dang-ky", Map.of("citizen", 200, "health", 200, "admin", 200)),
			page("/khai-bao-y-te", Map.of("citizen", 200)),
			page("/chot-kiem-soat", Map.of("health", 200, "checkpoint", 200)),
			page("/y-te", Map.of("health", 200, "checkpoint", 200, "leader", 200, "admin", 200)),
			// health tracing: cases and contacts for HEALTH_TRACE only (health officers); an unknown case is 404 to them
			page("/y-te/ca-benh", Map.of("health", 200)), page("/y-te/ca-benh/moi", Map.of("health", 200)),
			page("/y-te/ca-benh/F0-000101-9999", Map.of("health", 404)),
			api("/api/v1/health/cases", Map.of("health", 200)),
			api("/api/v1/health/cases/F0-000101-9999", Map.of("health", 404)),
			api("/api/v1/health/cases/F0-000101-9999/contacts?purpose=x", Map.of("health", 404)),
			api("/api/v1/health/cases/F0-000101-9999/contacts.csv?purpose=x", Map.of("health", 404)),
			// health tests: the result lookup and the sites for anyone, one's own tests for citizens, sites, sampling
			// and results for health officers (an unknown registration is 404 to them)
			page("/xet-nghiem/tra-cuu", withAnonymous(everyone())), page("/xet-nghiem", Map.of("citizen", 200)),
			page("/xet-nghiem/dang-ky", Map.of("citizen", 200)), page("/xet-nghiem/diem", Map.of("health", 200)),
			page("/xet-nghiem/lay-mau", Map.of("health", 200)), page("/xet-nghiem/ket-qua", Map.of("health", 200)),
			api("/api/v1/health/tests/sites", withAnonymous(everyone())),
			api("/api/v1/health/tests/registrations/mine", Map.of("citizen", 200)),
			api("/api/v1/health/tests/registrations/XN-000101-ZZZZZZ", Map.of("health", 404)),
			// operations
			api("/actuator/prometheus", officials()));

	/** Writes that only an administrator may make. */
	static final List<String> ADMIN_WRITES = List.of("POST /api/v1/reorganisations", "POST /api/v1/agencies",
			"PUT /api/v1/agencies/SYT", "POST /api/v1/fields", "POST /api/v1/procedures",
			"PUT /api/v1/procedures/1.001456");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	static Stream<Arguments> matrix() {
		return RULES.stream()
			.flatMap(rule -> CALLERS.stream().map(caller -> Arguments.of(caller, rule.url(), rule.expected(caller),
					rule.api())));
	}

	@ParameterizedTest(name = "{0} GET {1} -> {2}")
	@MethodSource("matrix")
	void callerGetsTheExpectedStatus(String caller, String url, int expected, boolean api) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (!caller.equals(ANONYMOUS)) {
			request = api ? request.with(httpBasic(caller, "demo1234"))
					: request.with(user(users.loadUserByUsername(caller)));
		}
		mvc.perform(request).andExpect(status().is(expected));
	}

	static Stream<Arguments> writes() {
		return ADMIN_WRITES.stream().flatMap(write -> CALLERS.stream().map(caller -> Arguments.of(caller, write)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("writes")
	void onlyAdministratorsGetPastSecurityOnWrites(String caller, String write) throws Exception {
		String[] methodAndUrl = write.split(" ");
		MockHttpServletRequestBuilder request = (methodAndUrl[0].equals("PUT") ? put(methodAndUrl[1])
				: post(methodAndUrl[1]))
			.contentType("application/json")
			.content("{}");
		if (!caller.equals(ANONYMOUS)) {
			request = request.with(httpBasic(caller, "demo1234"));
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		if (caller.equals("admin")) {
			assertThat(status).as("admin %s", write).isNotIn(401, 403).isLessThan(500);
		}
		else {
			assertThat(status).as("%s %s", caller, write).isEqualTo(caller.equals(ANONYMOUS) ? 401 : 403);
		}
	}

	/** Dossier writes and who gets past security to the module's own checks (anything but 401 and 403). */
	static final Map<String, Set<String>> DOSSIER_WRITES = Map.of("POST /api/v1/dossiers", Set.of("citizen"),
			"POST /api/v1/dossiers/counter", Set.of("officer"), "POST /api/v1/uploads", Set.of("citizen", "officer"),
			"POST /api/v1/dossiers/NO-SUCH-CODE/actions/receive", Set.of("citizen", "officer", "specialist", "leader"),
			"POST /api/v1/dossiers/NO-SUCH-CODE/rating", Set.of("citizen"));

	static Stream<Arguments> dossierWrites() {
		return DOSSIER_WRITES.keySet()
			.stream()
			.sorted()
			.flatMap(write -> CALLERS.stream().map(caller -> Arguments.of(caller, write)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("dossierWrites")
	void dossierWritesGetPastSecurityOnlyForTheirRoles(String caller, String write) throws Exception {
		MockHttpServletRequestBuilder request = post(write.split(" ")[1]).contentType("application/json").content("{}");
		if (!caller.equals(ANONYMOUS)) {
			request = request.with(httpBasic(caller, "demo1234"));
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		if (DOSSIER_WRITES.get(write).contains(caller)) {
			assertThat(status).as("%s %s", caller, write).isNotIn(401, 403).isLessThan(500);
		}
		else {
			assertThat(status).as("%s %s", caller, write).isEqualTo(caller.equals(ANONYMOUS) ? 401 : 403);
		}
	}

	private static Rule page(String url, Map<String, Integer> granted) {
		return new Rule(url, false, granted);
	}

	private static Rule api(String url, Map<String, Integer> granted) {
		return new Rule(url, true, granted);
	}

	private static Map<String, Integer> everyone() {
		return everyone(200);
	}

	private static Map<String, Integer> everyone(int status) {
		return Map.of("citizen", status, "officer", status, "specialist", status, "leader", status, "operator",
				status, "health", status, "checkpoint", status, "admin", status);
	}

	private static Map<String, Integer> officials() {
		return OFFICIALS.stream().collect(java.util.stream.Collectors.toMap(o -> o, o -> 200));
	}

	private static Map<String, Integer> withAnonymous(Map<String, Integer> granted) {
		return withAnonymous(granted, 200);
	}

	private static Map<String, Integer> withAnonymous(Map<String, Integer> granted, int status) {
		Map<String, Integer> all = new java.util.HashMap<>(granted);
		all.put(ANONYMOUS, status);
		return all;
	}
}
