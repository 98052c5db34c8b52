package vn.gov.cantho.egov.feedback.web;

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

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackView;

/**
 * The filing form: every refusal at once in the error summary with what was typed kept, photos uploaded once and
 * kept across a correction, the field's extra questions and likely duplicates for htmx, and the number on success.
 */
@IntegrationTest
class FeedbackFilingPagesTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	FeedbackFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new FeedbackFixtures(feedback, users);
	}

	@Test
	void everyInputOfTheFormIsThereOnce() throws Exception {
		String page = mvc.perform(multipart("/phan-anh/gui").param("fieldCode", FeedbackFixtures.FIELD).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FeedbackFixtures.repeatedIds(page)).isEmpty();
		assertThat(page).containsOnlyOnce("name=\"phone\"").containsOnlyOnce("name=\"title\"")
			.containsOnlyOnce("name=\"attributes[loai]\"");
	}

	@Test
	void theFormOffersFieldsWardsAMapAndTheConsent() throws Exception {
		mvc.perform(get("/phan-anh/gui"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"filing-form\""),
					containsString("value=\"" + FeedbackFixtures.FIELD + "\""), containsString("Phường Cái Khế"),
					containsString("class=\"fb-map\""), containsString("data-boundary=\"/phan-anh/ban-do/ranh-gioi.geojson\""),
					containsString("id=\"publicAllowed\""), containsString("name=\"key\""))));
	}

	@Test
	void anEmptyFormListsEveryProblemLinkedToItsInputAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(multipart("/phan-anh/gui").param("address", "Hẻm 12 <b>đường</b> 30/4")
			.param("latitude", "mười")
			.param("longitude", "105.78")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#title\""),
					containsString("href=\"#description\""), containsString("href=\"#fieldCode\""),
					containsString("href=\"#latitude\""),
					containsString(messages.getMessage("error.feedback.web.invalid-coordinate", null, VI)),
					containsString("value=\"Hẻm 12 &lt;b&gt;đường&lt;/b&gt; 30/4\""), containsString("value=\"mười\""),
					not(containsString("<b>đường</b>")))));
	}

	@Test
	void aFiledItemShowsItsNumberAndHowToFollowIt() throws Exception {
		String title = FeedbackFixtures.word() + " rác ven kênh";
		String phone = FeedbackFixtures.phone();
		Visitor visitor = new Visitor(mvc);
		MvcResult filed = visitor.perform(multipart("/phan-anh/gui").file(photo("kenh.png"))
			.param("key", "k-" + FeedbackFixtures.word())
			.param("title", title)
			.param("description", "Rác tồn đọng ven kênh, bốc mùi.")
			.param("fieldCode", FeedbackFixtures.FIELD)
			.param("attributes[loai]", "rac-thai")
			.param("latitude", String.valueOf(FeedbackFixtures.LATITUDE))
			.param("longitude", String.valueOf(FeedbackFixtures.LONGITUDE))
			.param("address", "Bến Ninh Kiều")
			.param("unitCode", FeedbackFixtures.CAI_KHE)
			.param("phone", "09 " + phone.substring(2))
			.param("publicAllowed", "true")
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/phan-anh/gui/da-gui"))
			.andReturn();
		String number = (String) filed.getFlashMap().get(FeedbackFilingPages.NUMBER);
		FeedbackView item = fixtures.as("operator", () -> feedback.item(number));
		assertThat(item.title()).isEqualTo(title);
		assertThat(item.reporter().phone()).isEqualTo(phone);
		assertThat(item.photos()).hasSize(1);
		assertThat(item.location().unitCode()).isEqualTo(FeedbackFixtures.CAI_KHE);
		assertThat(item.publicAllowed()).isTrue();

		visitor.perform(get("/phan-anh/gui/da-gui"))
			.andExpect(content().string(allOf(containsString(number), containsString("id=\"filed-follow-phone\""),
					not(containsString(phone)))));
		visitor.perform(get("/phan-anh/gui/da-gui")).andExpect(redirectedUrl("/phan-anh/gui"));
	}

	@Test
	void thePhotoUploadedBeforeACorrectionIsKeptAndSentWithTheItem() throws Exception {
		Visitor visitor = new Visitor(mvc);
		String page = visitor.perform(multipart("/phan-anh/gui").file(photo("cong.png"))
			.param("title", FeedbackFixtures.word() + " cống nghẹt")
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"kept-photos\"", "cong.png", "href=\"#description\"");
		String photoId = page.replaceAll("(?s).*name=\"photoIds\" value=\"([^\"]+)\".*", "$1");

		MvcResult filed = visitor.perform(multipart("/phan-anh/gui").param("title", FeedbackFixtures.word() + " cống nghẹt")
			.param("description", "Cống nghẹt sau mưa.")
			.param("fieldCode", FeedbackFixtures.FIELD)
			.param("attributes[loai]", "rac-thai")
			.param("photoIds", photoId)
			.param("photoNames[" + photoId + "]", "cong.png")
			.param("phone", FeedbackFixtures.phone())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String number = (String) filed.getFlashMap().get(FeedbackFilingPages.NUMBER);
		assertThat(fixtures.as("operator", () -> feedback.item(number)).photos()).extracting("id").containsExactly(photoId);
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedOnThePhotoInput() throws Exception {
		mvc.perform(multipart("/phan-anh/gui")
			.file(new MockMultipartFile("photos", "virus.png", "image/png", "<script>alert(1)</script>".getBytes()))
			.param("title", "Ảnh")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#photos\""),
					containsString(messages.getMessage("error.feedback.photo-type", null, VI)),
					not(containsString("id=\"kept-photos\"")))));
	}

	@Test
	void choosingAFieldBringsItsQuestions() throws Exception {
		String fragment = mvc.perform(get("/phan-anh/gui/cau-hoi").param("fieldCode", FeedbackFixtures.FIELD))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"questions\"", "id=\"attributes[loai]\"", "Loại vấn đề môi trường",
				"value=\"rac-thai\"").doesNotContain("<html");
		mvc.perform(get("/phan-anh/gui/cau-hoi").param("fieldCode", "NO-SUCH-FIELD"))
			.andExpect(content().string(allOf(containsString("id=\"questions\""),
					not(containsString("id=\"field-questions\"")))));
	}

	@Test
	void likelyDuplicatesAreShownWhileFiling() throws Exception {
		String word = FeedbackFixtures.word();
		String number = fixtures.file(word + " đèn đường hỏng", "Đèn đường hỏng nhiều ngày " + word,
				FeedbackFixtures.phone(), true);
		mvc.perform(post("/phan-anh/gui/trung-lap").param("title", word + " đèn đường hỏng")
			.param("description", "Đèn đường hỏng " + word)
			.param("fieldCode", FeedbackFixtures.FIELD)
			.param("latitude", String.valueOf(FeedbackFixtures.LATITUDE))
			.param("longitude", String.valueOf(FeedbackFixtures.LONGITUDE))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number),
					containsString(messages.getMessage("feedback.web.similar.heading", null, VI)))));
		mvc.perform(post("/phan-anh/gui/trung-lap").with(csrf()))
			.andExpect(content().string(not(containsString("feedback.web.similar.heading"))));
	}

	@Test
	void aLoggedInCitizenFindsTheirContactFilledIn() throws Exception {
		mvc.perform(get("/phan-anh/gui").with(user(users.loadUserByUsername("citizen"))))
			.andExpect(content().string(allOf(containsString("value=\"Nguyễn Văn An\""),
					containsString("value=\"0901234567\""))));
	}

	/** A real 1 by 1 PNG. */
	static MockMultipartFile photo(String name) {
		return new MockMultipartFile("photos", name, "image/png", Png.ONE_PIXEL);
	}
}
