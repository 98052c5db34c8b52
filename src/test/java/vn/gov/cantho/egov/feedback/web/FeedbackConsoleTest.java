package vn.gov.cantho.egov.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackView;

/**
 * The 1022 console: a call recorded in one post with the caller's earlier items shown as the phone is typed, the
 * number shown after saving with a fresh form, and refusals listed with the typed values kept.
 */
@IntegrationTest
class FeedbackConsoleTest {

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
	UserDetails operator;

	@BeforeEach
	void fixtures() {
		fixtures = new FeedbackFixtures(feedback, users);
		operator = users.loadUserByUsername("operator");
	}

	@Test
	void theConsoleStartsWithThePhoneAndTheHotlineForOperators() throws Exception {
		mvc.perform(get("/1022/tong-dai").with(user(operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"phone\""), containsString("autofocus"),
					containsString("hx-post=\"/1022/tong-dai/lich-su\""),
					containsString("id=\"channel-HOTLINE\" value=\"HOTLINE\" checked"))));
		mvc.perform(get("/1022/tong-dai").with(user(users.loadUserByUsername("officer.caikhe"))))
			.andExpect(content().string(containsString("id=\"channel-IN_PERSON\" value=\"IN_PERSON\" checked")));
	}

	@Test
	void aCallIsSavedAndTheNumberShownWithAFreshForm() throws Exception {
		String phone = FeedbackFixtures.phone();
		String content = FeedbackFixtures.word() + " Cống thoát nước bị nghẹt trước nhà số 12, nước tràn lên đường.";
		Visitor visitor = new Visitor(mvc);
		MvcResult saved = visitor.perform(post("/1022/tong-dai").param("key", "k-" + FeedbackFixtures.word())
			.param("phone", phone)
			.param("name", "Lê Văn Cường")
			.param("description", content)
			.param("fieldCode", FeedbackFixtures.FIELD)
			.param("attributes[loai]", "rac-thai")
			.param("address", "12 Hai Bà Trưng")
			.param("unitCode", FeedbackFixtures.CAI_KHE)
			.param("channel", "HOTLINE")
			.with(user(operator))
			.with(csrf())).andExpect(redirectedUrl("/1022/tong-dai")).andReturn();
		String number = (String) saved.getFlashMap().get(FeedbackConsole.SAVED);
		FeedbackView item = fixtures.as("operator", () -> feedback.item(number));
		assertThat(item.channel()).isEqualTo(FeedbackChannel.HOTLINE);
		assertThat(item.reporter().phone()).isEqualTo(phone);
		assertThat(item.title()).isNotBlank().hasSizeLessThanOrEqualTo(FeedbackConsole.TITLE_LENGTH + 1);
		assertThat(content).startsWith(item.title().replace("…", ""));

		visitor.perform(get("/1022/tong-dai").with(user(operator)))
			.andExpect(content().string(allOf(containsString("id=\"saved-number\""), containsString(number),
					not(containsString("value=\"" + phone + "\"")))));

		mvc.perform(post("/1022/tong-dai/lich-su").param("phone", phone).with(user(operator)).with(csrf()))
			.andExpect(content().string(allOf(containsString(number), containsString("id=\"caller-history-items\""))));
		mvc.perform(post("/1022/tong-dai/lich-su").param("phone", FeedbackFixtures.phone()).with(user(operator))
			.with(csrf())).andExpect(content().string(containsString("id=\"caller-history-none\"")));
	}

	@Test
	void everyInputOfTheConsoleIsThereOnce() throws Exception {
		String page = mvc.perform(post("/1022/tong-dai").param("fieldCode", FeedbackFixtures.FIELD)
			.with(user(operator))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(FeedbackFixtures.repeatedIds(page)).isEmpty();
		assertThat(page).containsOnlyOnce("name=\"phone\"").containsOnlyOnce("name=\"attributes[loai]\"");
	}

	@Test
	void aVisitorInPersonIsRecordedByAReceptionOfficer() throws Exception {
		MvcResult saved = mvc.perform(post("/1022/tong-dai").param("phone", FeedbackFixtures.phone())
			.param("title", "Xin cấp lại biển số nhà")
			.param("description", "Biển số nhà bị mất.")
			.param("fieldCode", FeedbackFixtures.FIELD)
			.param("attributes[loai]", "rac-thai")
			.param("channel", "IN_PERSON")
			.with(user(users.loadUserByUsername("officer.caikhe")))
			.with(csrf())).andExpect(redirectedUrl("/1022/tong-dai")).andReturn();
		String number = (String) saved.getFlashMap().get(FeedbackConsole.SAVED);
		assertThat(fixtures.as("operator", () -> feedback.item(number)).channel()).isEqualTo(FeedbackChannel.IN_PERSON);
	}

	@Test
	void anIncompleteCallListsItsProblemsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/1022/tong-dai").param("phone", "0912 345 678")
			.param("name", "<script>alert('x')</script>")
			.param("channel", "WEB")
			.with(user(operator))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#description\""), containsString("href=\"#channel\""),
					containsString(messages.getMessage("error.feedback.web.channel-required", null, VI)),
					containsString("value=\"0912 345 678\""), containsString("&lt;script&gt;"),
					not(containsString("<script>alert")))));
	}
}
