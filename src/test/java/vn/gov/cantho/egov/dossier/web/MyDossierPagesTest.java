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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;

/** A citizen's own dossiers: the list, a dossier with its history and files, withdrawal, a supplement, a rating. */
@IntegrationTest
class MyDossierPagesTest {

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
		code = DossierPages.submitOnline(mvc, catalogue.procedure(DossierPages.PASSPORT).orElseThrow(), as("citizen"));
	}

	@Test
	void theListShowsTheDossierWithItsState() throws Exception {
		mvc.perform(get("/ho-so").with(user(as("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/ho-so/" + code + "\""),
					containsString(state("SUBMITTED")))));
	}

	@Test
	void theDossierShowsItsHistoryFilesAndWhatTheCitizenMayDo() throws Exception {
		String html = mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"history\""), containsString("to-khai.pdf"),
					containsString("id=\"withdraw-link\""), containsString("href=\"/ho-so/" + code + "/bien-nhan\""),
					not(containsString("id=\"supplement-form\"")), not(containsString("id=\"rate-form\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("href=\"(/ho-so/[^\"]+/tep/[^\"]+)\"").matcher(html);
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group(1)).with(user(as("citizen"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(DossierPages.pdf()));
	}

	@Test
	void theCitizenConfirmsAndWithdraws() throws Exception {
		mvc.perform(get("/ho-so/" + code + "/rut").with(user(as("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-confirm\"")));
		mvc.perform(post("/ho-so/" + code + "/rut").param("comment", "Nộp nhầm").with(user(as("citizen"))).with(csrf()))
			.andExpect(redirectedUrl("/ho-so/" + code))
			.andExpect(flash().attributeExists(DossierPageSupport.DONE));
		mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(content().string(allOf(containsString(state("WITHDRAWN")),
					not(containsString("id=\"withdraw-link\"")))));
		mvc.perform(get("/ho-so/" + code + "/rut").with(user(as("citizen"))))
			.andExpect(redirectedUrl("/ho-so/" + code));
	}

	@Test
	void aSupplementIsSentWithFilesAfterTheAgencyAsksForIt() throws Exception {
		official("officer", "receive");
		official("officer", "assign", "assignee", "specialist");
		official("specialist", "request-supplement", "comment", "Ảnh chân dung bị mờ");
		mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(content().string(allOf(containsString("id=\"supplement-form\""),
					containsString("Ảnh chân dung bị mờ"), containsString("id=\"supplement-file-to-khai\""))));
		FailedAction refused = (FailedAction) mvc.perform(multipart("/ho-so/" + code + "/bo-sung")
			.file(DossierPages.file("to-khai", "anh.png", DossierPages.pdf()))
			.with(user(as("citizen")))
			.with(csrf())).andReturn().getFlashMap().get(FailedAction.FLASH);
		assertThat(refused.problems()).extracting(FailedAction.Problem::target)
			.containsExactly("supplement-file-to-khai");
		mvc.perform(multipart("/ho-so/" + code + "/bo-sung")
			.file(DossierPages.file("to-khai", "to-khai-moi.pdf", DossierPages.pdf()))
			.param("comment", "Đã chụp lại ảnh")
			.with(user(as("citizen")))
			.with(csrf())).andExpect(redirectedUrl("/ho-so/" + code))
			.andExpect(flash().attributeExists(DossierPageSupport.DONE));
		mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(content().string(allOf(containsString("to-khai-moi.pdf"), containsString(state("PROCESSING")))));
	}

	@Test
	void theCitizenRatesOnceTheResultIsReturned() throws Exception {
		official("officer", "receive");
		official("officer", "assign", "assignee", "specialist");
		official("specialist", "propose", "outcome", "GRANT", "comment", "Đủ điều kiện cấp hộ chiếu");
		official("leader", "approve");
		official("officer", "return-at-counter");
		mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(content().string(containsString("id=\"rate-form\"")));
		mvc.perform(post("/ho-so/" + code + "/danh-gia").param("stars", "9").with(user(as("citizen"))).with(csrf()))
			.andExpect(flash().attributeExists(FailedAction.FLASH));
		mvc.perform(post("/ho-so/" + code + "/danh-gia").param("stars", "5").param("comment", "Nhanh gọn")
			.with(user(as("citizen")))
			.with(csrf())).andExpect(flash().attributeExists(DossierPageSupport.DONE));
		mvc.perform(get("/ho-so/" + code).with(user(as("citizen"))))
			.andExpect(content().string(allOf(containsString("5/5"), containsString("Nhanh gọn"),
					not(containsString("id=\"rate-form\"")))));
	}

	@Test
	void nobodyElseSeesTheDossier() throws Exception {
		String username = "other" + Long.toString(System.nanoTime(), 36);
		String idNumber = "092190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		mvc.perform(post("/api/v1/accounts/citizens").contentType("application/json").content("""
				{"fullName":"Trần Thị Khác (test)","idNumber":"%s","phone":"0912345678","email":null,
				 "username":"%s","password":"Ninh-Kieu-ben-tau-7"}""".formatted(idNumber, username)))
			.andExpect(status().isCreated());
		UserDetails stranger = as(username);
		mvc.perform(get("/ho-so/" + code).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/ho-so/" + code + "/bien-nhan").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/ho-so")).andExpect(redirectedUrl("/dang-nhap"));
	}

	private void official(String who, String action, String... params) throws Exception {
		var request = post("/mot-cua/ho-so/" + code + "/" + action).with(user(as(who))).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(flash().attributeExists(DossierPageSupport.DONE));
	}

	private String state(String state) {
		return messages.getMessage("dossier.state." + state, null, Locale.forLanguageTag("vi"));
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}
}
