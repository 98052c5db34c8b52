package vn.gov.cantho.egov.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.audit.AuditLog;

/** The audit page and API: permission, filters, dates as dd/MM/yyyy, errors, and no way to change an entry. */
@IntegrationTest
class AuditWebTest {

	static final RequestPostProcessor AUDITOR = user("admin").authorities(new SimpleGrantedAuthority("AUDIT_VIEW"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate transactions;

	final String reference = "WEB-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void recordSomething() {
		// As a background job would: the test framework's mock request must not make this an anonymous visitor's.
		RequestContextHolder.resetRequestAttributes();
		transactions.executeWithoutResult(tx -> log.record("audit.test.recorded", reference));
	}

	@Test
	void thePageListsMatchingEntriesWithVietnameseDates() throws Exception {
		mvc.perform(get("/quan-tri/nhat-ky").param("reference", reference).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit.test.recorded")))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("<label for=\"from\">Từ ngày</label>")))
			.andExpect(content().string(containsString("<label for=\"actor\">")))
			.andExpect(content().string(containsString("class=\"table-wrap\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}.*")));
	}

	@Test
	void aWrongDateIsShownBackWithAnErrorSummaryLinkingToTheField() throws Exception {
		mvc.perform(get("/quan-tri/nhat-ky").param("from", "2024-31-12").param("to", "01/02/2024").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("Ngày phải có dạng ngày/tháng/năm")))
			.andExpect(content().string(containsString("value=\"2024-31-12\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("id=\"audit-entries\""))));
	}

	@Test
	void anEndBeforeTheStartIsAnErrorOnTheEndDateInEnglishToo() throws Exception {
		mvc.perform(get("/quan-tri/nhat-ky").param("from", "02/03/2024").param("to", "01/03/2024")
			.param("lang", "en")
			.with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#to\"")))
			.andExpect(content().string(containsString("The end date must be on or after the start date.")));
	}

	@Test
	void theApiSearchesWithIsoDates() throws Exception {
		mvc.perform(get("/api/v1/audit-entries").param("reference", reference)
			.param("action", "audit.test")
			.param("from", "2000-01-01")
			.with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].action").value("audit.test.recorded"))
			.andExpect(jsonPath("$.entries[0].reference").value(reference))
			.andExpect(jsonPath("$.entries[0].actor").value("system"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.hasNext").value(false));
	}

	@Test
	void theApiReportsBadInputAsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/audit-entries").param("from", "31/12/2024").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("invalid-parameter"));
		mvc.perform(get("/api/v1/audit-entries").param("from", "2024-03-02").param("to", "2024-03-01").with(AUDITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("audit.invalid-range"))
			.andExpect(jsonPath("$.field").value("to"));
	}

	@Test
	void readingNeedsTheAuditViewPermission() throws Exception {
		RequestPostProcessor clerk = user("clerk").authorities(new SimpleGrantedAuthority("NOTIFICATION_VIEW"));
		mvc.perform(get("/api/v1/audit-entries").with(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/nhat-ky").with(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit-entries")).andExpect(status().isUnauthorized());
		mvc.perform(get("/quan-tri/nhat-ky")).andExpect(status().is3xxRedirection());
	}

	@Test
	void noRequestCanChangeOrDeleteEntries() throws Exception {
		ResultMatcher refused = result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
			.isIn(403, 405);
		for (MockHttpServletRequestBuilder change : new MockHttpServletRequestBuilder[] {
				put("/api/v1/audit-entries"), delete("/api/v1/audit-entries"), patch("/api/v1/audit-entries"),
				post("/api/v1/audit-entries"), put("/api/v1/audit-entries/1"), delete("/api/v1/audit-entries/1"),
				delete("/quan-tri/nhat-ky"), post("/quan-tri/nhat-ky"), put("/quan-tri/nhat-ky") }) {
			mvc.perform(change.with(AUDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(refused);
		}
		mvc.perform(get("/api/v1/audit-entries").param("reference", reference).with(AUDITOR))
			.andExpect(jsonPath("$.entries.length()").value(1));
	}
}
