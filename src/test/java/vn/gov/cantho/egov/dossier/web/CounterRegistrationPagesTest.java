package vn.gov.cantho.egov.dossier.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;

/** A reception officer registers a paper dossier on a citizen's behalf; it is received at once and has a receipt. */
@IntegrationTest
class CounterRegistrationPagesTest {

	static final String FORM = "/mot-cua/dang-ky/" + DossierPages.PASSPORT;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	MessageSource messages;

	ProcedureView passport;
	UserDetails officer;
	DossierPages.Visitor session;

	@BeforeEach
	void officer() {
		passport = catalogue.procedure(DossierPages.PASSPORT).orElseThrow();
		officer = users.loadUserByUsername("officer");
		session = new DossierPages.Visitor(mvc);
	}

	@Test
	void theOfficerChoosesAmongTheAgencysProcedures() throws Exception {
		session.perform(get("/mot-cua/dang-ky").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + FORM + "\"")));
	}

	@Test
	void aCounterDossierIsReceivedAtOnceWithoutFiles() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(DossierPages.completeForm(FORM, passport, key, officer, session, false).param("channel", "COUNTER"))
			.andExpect(redirectedUrl(FORM + "/xem-lai?k=" + key));
		session.perform(get(FORM + "/xem-lai").param("k", key).with(user(officer)))
			.andExpect(content().string(allOf(containsString("id=\"confirm-submit\""),
					containsString(messages.getMessage("dossier.channel.COUNTER", null, Locale.forLanguageTag("vi"))))));
		String receipt = session.perform(post(FORM + "/xac-nhan").param("k", key).with(user(officer)).with(csrf()))
			.andExpect(redirectedUrlPattern("/mot-cua/ho-so/*/bien-nhan"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Locale vi = Locale.forLanguageTag("vi");
		session.perform(get(receipt).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nguyễn Văn An"), containsString("id=\"receipt-due\""),
					not(containsString(messages.getMessage("dossier.web.receipt.dueLater", null, vi))),
					not(containsString(messages.getMessage("dossier.web.receipt.notYetReceived", null, vi))))));
		session.perform(get(receipt.replace("/bien-nhan", "")).with(user(officer)))
			.andExpect(content().string(containsString(messages.getMessage("dossier.state.RECEIVED", null, vi))));
	}

	@Test
	void theChannelMustBeChosen() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(DossierPages.completeForm(FORM, passport, key, officer, session, false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#channel\"")));
	}

	@Test
	void onlyReceptionOfficersRegister() throws Exception {
		session.perform(get(FORM).with(user(users.loadUserByUsername("specialist")))).andExpect(status().isForbidden());
		session.perform(get(FORM).with(user(users.loadUserByUsername("citizen")))).andExpect(status().isForbidden());
	}

	private String form() throws Exception {
		return session.perform(get(FORM).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
