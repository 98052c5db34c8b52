package vn.gov.cantho.egov.feedback.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackManagement;

/** The figures page: totals and tables by field, channel, agency and month; a bad period named in the summary. */
@IntegrationTest
class FeedbackFiguresPageTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void thisYearsFiguresByFieldChannelAgencyAndMonth() throws Exception {
		new FeedbackFixtures(feedback, users).file(FeedbackFixtures.word() + " số liệu", "Số liệu.",
				FeedbackFixtures.phone(), false);
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/1022/so-lieu").with(user(users.loadUserByUsername("operator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"figure-received\""),
					containsString("id=\"figures-by-field\""), containsString("id=\"figures-by-channel\""),
					containsString("id=\"figures-by-agency\""), containsString("id=\"figures-by-month\""),
					containsString(today.withDayOfYear(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
					containsString(today.format(DateTimeFormatter.ofPattern("MM/yyyy"))),
					containsString(messages.getMessage("feedback.channel.WEB", null, VI)))));
	}

	@Test
	void anUnreadableOrReversedPeriodIsNamedInTheErrorSummary() throws Exception {
		mvc.perform(get("/1022/so-lieu").param("from", "31/12/2026").with(user(users.loadUserByUsername("operator"))))
			.andExpect(content().string(allOf(containsString("href=\"#from\""),
					containsString(messages.getMessage("error.feedback.web.invalid-date", null, VI)),
					not(containsString("id=\"figures-summary\"")))));
		mvc.perform(get("/1022/so-lieu").param("from", "2027-02-01")
			.param("to", "2027-01-01")
			.with(user(users.loadUserByUsername("leader.caikhe"))))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					not(containsString("id=\"figures-summary\"")))));
	}
}
