package vn.gov.cantho.egov.dossier.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/** Leaders read the figures of this year by default, of a chosen period and agency, in both languages. */
@IntegrationTest
class FiguresPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	void theDefaultPeriodIsThisYearSoFar() throws Exception {
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/mot-cua/so-lieu").with(user(users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("01/01/" + today.getYear()),
					containsString("id=\"figure-received\""), containsString("id=\"figure-on-time\""),
					containsString("value=\"" + today.withDayOfYear(1) + "\""), containsString("<option value=\"CA-XNC\""))));
	}

	@Test
	void aChosenPeriodAndAgencyInEnglish() throws Exception {
		mvc.perform(get("/mot-cua/so-lieu").param("from", "2026-01-01")
			.param("to", "2026-12-31")
			.param("agency", "CA-XNC")
			.param("lang", "en")
			.with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dossiers received from 01/01/2026 to 31/12/2026"),
					containsString("On-time rate"))));
	}

	@Test
	void aBadDateIsNamedInTheErrorSummary() throws Exception {
		mvc.perform(get("/mot-cua/so-lieu").param("from", "31/12/2026").with(user(users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#from\""))));
	}

	@Test
	void onlyLeadersAndAdministratorsSeeFigures() throws Exception {
		mvc.perform(get("/mot-cua/so-lieu").with(user(users.loadUserByUsername("officer"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mot-cua/so-lieu").with(user(users.loadUserByUsername("citizen"))))
			.andExpect(status().isForbidden());
	}
}
