package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The machine endpoints take no CSRF token, so they must never act on a browser's login: a page session opens the
 * pages but not the API (a cross-site form posting to the API with the citizen's cookie gets 401 and stores nothing),
 * and an API call never starts a session of its own.
 */
@IntegrationTest
class MachineEndpointsSessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageSessionOpensThePagesButNotTheApi() throws Exception {
		MvcResult login = mvc.perform(formLogin("/dang-nhap").user("citizen").password("demo1234")).andReturn();
		Cookie[] session = login.getResponse().getCookies();
		assertThat(session).as("the login's session cookie").isNotEmpty();
		mvc.perform(get("/tai-khoan").cookie(session)).andExpect(status().isOk());

		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"));
		long before = checkIns();
		mvc.perform(post("/api/v1/health/check-ins").cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"venueCode\":\"V1.AAAAAAAAAA.1.AAAAAAAAAAAAAAAAAAAAAA\"}")).andExpect(status().isUnauthorized());
		assertThat(checkIns()).isEqualTo(before);
	}

	@Test
	void anApiCallStartsNoSession() throws Exception {
		MvcResult call = mvc.perform(get("/api/v1/me").with(httpBasic("citizen", "demo1234")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(call.getRequest().getSession(false)).isNull();
		assertThat(call.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
	}

	private long checkIns() {
		return jdbc.sql("SELECT COUNT(*) FROM health_check_in").query(Long.class).single();
	}
}
