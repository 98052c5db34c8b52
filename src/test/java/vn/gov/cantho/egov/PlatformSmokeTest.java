package vn.gov.cantho.egov;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The frame every module hangs on: home page in both languages, health, errors as problem details. */
@IntegrationTest
class PlatformSmokeTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageIsVietnameseByDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dịch vụ công trực tuyến")));
	}

	@Test
	void homePageSwitchesToEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Online public services")));
	}

	@Test
	void healthIsPublicWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void pingAnswersAnonymouslyWithoutASession() throws Exception {
		mvc.perform(get("/api/v1/ping"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ok"))
			.andExpect(jsonPath("$.time").isNotEmpty())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.doesNotExist("Set-Cookie"));
	}

	@Test
	void unknownApiPathIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")
					.authorities(() -> "ADMIN_CONSOLE")))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").exists());
	}

	@Test
	void anonymousApiCallGets401ProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/anything").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"))
			.andExpect(jsonPath("$.title").value("You need to log in to do this."));
	}

	@Test
	void unclaimedPageIsDeniedAndSendsVisitorsToLogin() throws Exception {
		mvc.perform(get("/khong-co-trang-nay").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/dang-nhap"));
	}

	@Test
	void errorPageIsTranslated() throws Exception {
		mvc.perform(get("/error").param("lang", "en")
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The requested item was not found.")));
	}

	@Test
	void prometheusMetricsAreForOfficialsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("ops")
					.authorities(() -> "METRICS_VIEW")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void openApiDocumentIsServed() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}
}
