package vn.gov.cantho.egov.health.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Who may do what: anonymous callers get 401 from the API (the login page from pages), accounts without the permission
 * 403; those with it get past security to the module's own answer (here a 404 or 422 for an unknown or empty request).
 */
@IntegrationTest
class TestingAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource({
			// sites and slots are public; managing them is HEALTH_TEST_MANAGE
			"-, GET, /api/v1/health/tests/sites, 200",
			"-, GET, /api/v1/health/tests/sites/DXN-ZZZZZZ/slots?date=2030-01-01, 404",
			"-, POST, /api/v1/health/tests/sites, 401", "citizen, POST, /api/v1/health/tests/sites, 403",
			"checkpoint, POST, /api/v1/health/tests/sites/DXN-ZZZZZZ/slots, 403",
			"health, POST, /api/v1/health/tests/sites, 422",
			// registering is the citizen's (HEALTH_DECLARE), never staff's
			"-, POST, /api/v1/health/tests/registrations, 401",
			"health, POST, /api/v1/health/tests/registrations, 403",
			"citizen, POST, /api/v1/health/tests/registrations, 422",
			"-, GET, /api/v1/health/tests/registrations/mine, 401",
			"health, GET, /api/v1/health/tests/registrations/mine, 403",
			"citizen, GET, /api/v1/health/tests/registrations/mine, 200",
			"citizen, POST, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ/cancel, 404",
			"health, POST, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ/cancel, 403",
			// samples, results and staff reads are HEALTH_TEST_MANAGE
			"-, POST, /api/v1/health/tests/scans, 401", "citizen, POST, /api/v1/health/tests/scans, 403",
			"checkpoint, POST, /api/v1/health/tests/samples, 403", "leader, POST, /api/v1/health/tests/results, 403",
			"citizen, POST, /api/v1/health/tests/results/corrections, 403",
			"checkpoint, POST, /api/v1/health/tests/walk-ins, 403",
			"health, POST, /api/v1/health/tests/results, 422",
			"citizen, GET, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ, 403",
			"health, GET, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ, 404",
			// opening a case is HEALTH_TRACE
			"checkpoint, POST, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ/case, 403",
			"citizen, POST, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ/case, 403",
			"health, POST, /api/v1/health/tests/registrations/XN-000101-ZZZZZZ/case, 404",
			// the lookup is public
			"-, POST, /api/v1/health/tests/lookup, 422" })
	void api(String caller, String method, String url, int expected) throws Exception {
		MockHttpServletRequestBuilder request = (method.equals("GET") ? get(url) : post(url))
			.contentType("application/json")
			.content("{}");
		if (!caller.equals("-")) {
			request = request.with(httpBasic(caller, "demo1234"));
		}
		mvc.perform(request).andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "-, /xet-nghiem/tra-cuu, 200", "citizen, /xet-nghiem/tra-cuu, 200", "-, /xet-nghiem, 302",
			"citizen, /xet-nghiem, 200", "health, /xet-nghiem, 403", "citizen, /xet-nghiem/dang-ky, 200",
			"checkpoint, /xet-nghiem/dang-ky, 403", "-, /xet-nghiem/diem, 302", "citizen, /xet-nghiem/diem, 403",
			"health, /xet-nghiem/diem, 200", "checkpoint, /xet-nghiem/lay-mau, 403", "health, /xet-nghiem/lay-mau, 200",
			"citizen, /xet-nghiem/ket-qua, 403", "leader, /xet-nghiem/ket-qua, 403", "health, /xet-nghiem/ket-qua, 200" })
	void pages(String caller, String url, int expected) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (!caller.equals("-")) {
			request = request.with(user(users.loadUserByUsername(caller)));
		}
		mvc.perform(request).andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} POST {1} -> {2}")
	@CsvSource({ "citizen, /xet-nghiem/ket-qua, 403", "checkpoint, /xet-nghiem/lay-mau, 403",
			"health, /xet-nghiem/dang-ky, 403", "citizen, /xet-nghiem/diem, 403" })
	void pageWrites(String caller, String url, int expected) throws Exception {
		mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername(caller))))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "without CSRF: {0}")
	@CsvSource({ "/xet-nghiem/tra-cuu", "/xet-nghiem/ket-qua" })
	void pageFormsNeedTheirCsrfToken(String url) throws Exception {
		mvc.perform(post(url).with(user(users.loadUserByUsername("health")))).andExpect(status().isForbidden());
	}
}
