package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

/** A citizen applies online for a passport: the form, its errors, the review page, one submission, the receipt. */
@IntegrationTest
class ApplicationPagesTest {

	static final String FORM = "/ho-so/nop/" + DossierPages.PASSPORT;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	MessageSource messages;

	ProcedureView passport;
	UserDetails citizen;
	DossierPages.Visitor session;

	@BeforeEach
	void passport() {
		passport = catalogue.procedure(DossierPages.PASSPORT).orElseThrow();
		citizen = users.loadUserByUsername("citizen");
		session = new DossierPages.Visitor(mvc);
	}

	@Test
	void theFormIsBuiltFromTheProcedureAndFilledFromTheAccount() throws Exception {
		session.perform(get(FORM).with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("id=\"values[dateOfBirth]\""), containsString("type=\"date\""),
					containsString("id=\"documents[to-khai]\""), containsString("name=\"file-to-khai\""),
					containsString("accept=\".pdf,.jpg,.jpeg,.png"), containsString("Bắt buộc"),
					containsString("Không bắt buộc"), containsString("Bản chính"),
					containsString("value=\"Nguyễn Văn An\""), containsString("value=\"0901234567\""),
					containsString("name=\"key\""), containsString("name=\"_csrf\""),
					containsString("id=\"delivery-POST\""))));
	}

	@Test
	void theFormSpeaksEnglish() throws Exception {
		session.perform(get(FORM).param("lang", "en").with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Apply online"), containsString("Date of birth"),
					containsString("Mandatory"), containsString("Issuing an ordinary passport"))));
	}

	@Test
	void missingFieldsAndFilesAreListedInTheErrorSummaryByName() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(multipart(FORM).param("key", key)
			.param("fullName", "")
			.param("phone", "0901234567")
			.with(user(citizen))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#fullName\""), containsString("href=\"#values[dateOfBirth]\""),
					containsString("Ngày sinh: "), containsString("href=\"#documents[to-khai]\""),
					containsString("href=\"#delivery\""), not(containsString("href=\"#documents[ho-chieu-cu]\"")))));
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedOnItsDocument() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(DossierPages.completeForm(FORM, passport, key, citizen, session, false)
			.file(DossierPages.file("to-khai", "to-khai.pdf", "just text".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#documents[to-khai]\""),
					not(containsString("Đã tải lên")))));
	}

	@Test
	void anOversizedFileIsRefusedOnceOnItsDocument() throws Exception {
		String key = DossierPages.keyOf(form());
		byte[] large = java.util.Arrays.copyOf(DossierPages.pdf(), 10 * 1024 * 1024 + 1);
		String html = session.perform(DossierPages.completeForm(FORM, passport, key, citizen, session, false)
			.file(DossierPages.file("to-khai", "to-khai.pdf", large)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("href=\"#documents\\[to-khai\\]\"", -1)).hasSize(2);
		assertThat(html).contains("10 MB");
	}

	@Test
	void typedValuesAndUploadedFilesAreKeptWhenSomethingIsMissing() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(multipart(FORM).file(DossierPages.file("to-khai", "to-khai-cua-toi.pdf", DossierPages.pdf()))
			.param("key", key)
			.param("values[placeOfBirth]", "Cần Thơ")
			.param("fullName", "Nguyễn Văn An")
			.param("phone", "0901234567")
			.param("delivery", "COUNTER")
			.with(user(citizen))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("to-khai-cua-toi.pdf"), containsString("Đã tải lên"),
					containsString("value=\"Cần Thơ\""), containsString("href=\"#values[dateOfBirth]\""),
					not(containsString("href=\"#documents[to-khai]\"")))));

		session.perform(DossierPages.completeForm(FORM, passport, key, citizen, session, false))
			.andExpect(redirectedUrl(FORM + "/xem-lai?k=" + key));
		session.perform(get(FORM + "/xem-lai").param("k", key).with(user(citizen)))
			.andExpect(content().string(containsString("to-khai-cua-toi.pdf")));
	}

	@Test
	void theReviewListsEverythingAndConfirmingTwiceSubmitsOneDossier() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(DossierPages.completeForm(FORM, passport, key, citizen, session))
			.andExpect(redirectedUrl(FORM + "/xem-lai?k=" + key));
		session.perform(get(FORM + "/xem-lai").param("k", key).with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("to-khai.pdf"), containsString("20/09/1995"),
					containsString("href=\"" + FORM + "?k=" + key + "#values[dateOfBirth]\""),
					containsString("href=\"" + FORM + "?k=" + key + "#documents[to-khai]\""),
					containsString("200.000 ₫"), containsString("id=\"confirm-submit\""))));

		String first = session.perform(confirm(key)).andReturn().getResponse().getRedirectedUrl();
		String second = session.perform(confirm(key)).andReturn().getResponse().getRedirectedUrl();
		assertThat(first).matches("/ho-so/[^/]+/bien-nhan").isEqualTo(second);
		String code = DossierPages.codeOf(first);
		assertThat(code).startsWith("CA-XNC-");
		session.perform(get("/ho-so/" + code).with(user(citizen)))
			.andExpect(content().string(containsString(messages.getMessage("dossier.state.SUBMITTED", null,
					Locale.forLanguageTag("vi")))));

		session.perform(get(first).with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Nguyễn Văn An"),
					containsString("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), containsString("Mẫu số 01"),
					containsString("Cấp hộ chiếu phổ thông"), containsString("to-khai.pdf"),
					containsString("200.000 ₫"), containsString("Phòng Quản lý xuất nhập cảnh"))));
	}

	@Test
	void aChangeLinkBringsBackTheFormWithWhatWasTyped() throws Exception {
		String key = DossierPages.keyOf(form());
		session.perform(DossierPages.completeForm(FORM, passport, key, citizen, session));
		session.perform(get(FORM).param("k", key).with(user(citizen)))
			.andExpect(content().string(allOf(containsString("value=\"" + key + "\""),
					containsString("value=\"1995-09-20\""), containsString("to-khai.pdf"))));
	}

	@Test
	void theReviewWithoutADraftGoesBackToTheForm() throws Exception {
		session.perform(get(FORM + "/xem-lai").param("k", "no-such-draft-key").with(user(citizen)))
			.andExpect(redirectedUrl(FORM));
	}

	@Test
	void anUnknownProcedureIsNotFound() throws Exception {
		session.perform(get("/ho-so/nop/9.999999").with(user(citizen))).andExpect(status().isNotFound());
	}

	@Test
	void anonymousVisitorsAreSentToLogInAndOfficialsCannotApply() throws Exception {
		session.perform(get(FORM)).andExpect(redirectedUrl("/dang-nhap"));
		session.perform(get(FORM).with(user(users.loadUserByUsername("officer")))).andExpect(status().isForbidden());
	}

	@Test
	void postingWithoutCsrfTokenIsRefused() throws Exception {
		session.perform(multipart(FORM).param("fullName", "X").with(user(citizen))).andExpect(status().isForbidden());
	}

	private String form() throws Exception {
		return session.perform(get(FORM).with(user(citizen)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(String key) {
		return post(FORM + "/xac-nhan").param("k", key).with(user(citizen)).with(csrf());
	}
}
