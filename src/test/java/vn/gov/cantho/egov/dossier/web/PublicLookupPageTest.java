package vn.gov.cantho.egov.dossier.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;

/** Anyone follows a dossier with its code and the applicant's phone; nothing personal shows, nothing can be probed. */
@IntegrationTest
class PublicLookupPageTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	MessageSource messages;

	String code;

	@BeforeEach
	void aNewPassportDossier() throws Exception {
		code = DossierPages.submitOnline(mvc, catalogue.procedure(DossierPages.PASSPORT).orElseThrow(),
				users.loadUserByUsername("citizen"));
	}

	@Test
	void theRightPhoneShowsStateAndStepsButNothingPersonal() throws Exception {
		mvc.perform(post("/tra-cuu").param("code", code).param("phone", "0901 234 567").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"lookup-result\""),
					containsString(messages.getMessage("dossier.state.SUBMITTED", null, VI)),
					containsString("Cấp hộ chiếu phổ thông"), not(containsString("Nguyễn Văn An")),
					not(containsString("0901234567")), not(containsString("to-khai.pdf")))));
	}

	@Test
	void aWrongPhoneAndAnUnknownCodeGetTheSameAnswer() throws Exception {
		String wrongPhone = mvc.perform(post("/tra-cuu").param("code", code).param("phone", "0987654321").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknownCode = mvc.perform(post("/tra-cuu").param("code", "CA-XNC-000101-9999")
			.param("phone", "0987654321")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		String notFound = messages.getMessage("error.dossier.web.lookup-not-found", null, VI);
		org.assertj.core.api.Assertions.assertThat(wrongPhone).contains(notFound).doesNotContain("lookup-result");
		org.assertj.core.api.Assertions.assertThat(unknownCode).contains(notFound).doesNotContain("lookup-result");
	}

	@Test
	void anEmptyFormNamesWhatIsMissing() throws Exception {
		mvc.perform(post("/tra-cuu").param("code", code).with(csrf()))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#phone\""))));
	}

	@Test
	void theFormIsOpenToEveryoneInBothLanguages() throws Exception {
		mvc.perform(get("/tra-cuu")).andExpect(status().isOk()).andExpect(content().string(containsString("Tra cứu hồ sơ")));
		mvc.perform(get("/tra-cuu").param("lang", "en").param("code", code))
			.andExpect(content().string(allOf(containsString("Track a dossier"), containsString("value=\"" + code + "\""))));
	}

	@Test
	void theEnglishResultNamesTheProcedureAndStateInEnglish() throws Exception {
		mvc.perform(post("/tra-cuu").param("lang", "en").param("code", code).param("phone", "0901234567").with(csrf()))
			.andExpect(content().string(allOf(containsString("Issuing an ordinary passport"),
					containsString(messages.getMessage("dossier.state.SUBMITTED", null, Locale.ENGLISH)))));
	}
}
