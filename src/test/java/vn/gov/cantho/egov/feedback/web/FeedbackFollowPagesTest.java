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

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * The reporter follows an item by number and phone (posted, never in an address), sees its state in honest words and
 * reopens, rates or removes their name; a logged-in citizen lists their own items.
 */
@IntegrationTest
class FeedbackFollowPagesTest {

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
	String phone;
	Visitor visitor;

	@BeforeEach
	void fixtures() {
		fixtures = new FeedbackFixtures(feedback, users);
		phone = FeedbackFixtures.phone();
		visitor = new Visitor(mvc);
	}

	@Test
	void theRightPhoneOpensTheItemWithoutPuttingThePhoneInAnyAddress() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " ngập nước", "Đường ngập sau mưa.", phone, false);
		visitor.perform(post("/phan-anh/theo-doi").param("number", " " + number + " ")
			.param("phone", "09 " + phone.substring(2))
			.with(csrf())).andExpect(redirectedUrl("/phan-anh/theo-doi/" + number));
		String page = visitor.perform(get("/phan-anh/theo-doi/" + number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(number, messages.getMessage("feedback.web.follow.outcome.NEW", null, VI),
				"id=\"remove-name-form\"").doesNotContain(phone, "Trần Thị Bích", "id=\"rate-form\"");
	}

	@Test
	void aWrongPhoneAndAnUnknownNumberGetTheSameAnswer() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " ngập nước", "Đường ngập.", phone, false);
		String notFound = messages.getMessage("error.feedback.web.follow-not-found", null, VI);
		mvc.perform(post("/phan-anh/theo-doi").param("number", number).param("phone", "0911111111").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(notFound), containsString("href=\"#number\""))));
		mvc.perform(post("/phan-anh/theo-doi").param("number", "PA-000000-0000").param("phone", phone).with(csrf()))
			.andExpect(content().string(containsString(notFound)));
		mvc.perform(post("/phan-anh/theo-doi").param("number", number).with(csrf()))
			.andExpect(content().string(allOf(containsString("href=\"#phone\""),
					containsString(messages.getMessage("error.feedback.web.follow-missing", null, VI)))));
	}

	@Test
	void withoutProvingThePhoneTheItemPageSendsBackToTheForm() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " ngập", "Ngập.", phone, false);
		mvc.perform(get("/phan-anh/theo-doi/" + number)).andExpect(redirectedUrl("/phan-anh/theo-doi?so=" + number));
		mvc.perform(post("/phan-anh/theo-doi/" + number + "/an-ten").with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/theo-doi?so=" + number));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).nameRemoved()).isFalse();
	}

	@Test
	void anAnsweredItemCanBeReopenedWithAReasonThenRated() throws Exception {
		String number = fixtures.answered(FeedbackFixtures.word() + " rác", "Rác ven kênh.", phone, "Đã thu gom rác.");
		follow(number);
		visitor.perform(get("/phan-anh/theo-doi/" + number))
			.andExpect(content().string(allOf(containsString("Đã thu gom rác."), containsString("id=\"reopen-form\""),
					containsString("id=\"rate-form\""),
					containsString(messages.getMessage("feedback.web.follow.outcome.RESOLVED", null, VI)))));

		Refusal noReason = refusalOf(number);
		assertThat(noReason.problems()).extracting(Refusal.Problem::target).containsExactly("reopen-comment");
		visitor.perform(get("/phan-anh/theo-doi/" + number))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#reopen-comment\""))));

		visitor.perform(post("/phan-anh/theo-doi/" + number + "/mo-lai").param("comment", "Rác vẫn còn.")
			.with(csrf()));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).state()).isEqualTo(FeedbackState.ASSIGNED);

		fixtures.answer(number, "Đã thu gom lần hai.");
		visitor.perform(post("/phan-anh/theo-doi/" + number + "/danh-gia").param("stars", "4")
			.with(csrf())).andExpect(redirectedUrl("/phan-anh/theo-doi/" + number));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).rating()).isEqualTo(4);
	}

	@Test
	void theReporterHasTheirNameRemoved() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " ồn", "Tiếng ồn ban đêm.", phone, false);
		follow(number);
		visitor.perform(post("/phan-anh/theo-doi/" + number + "/an-ten").with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/theo-doi/" + number));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).nameRemoved()).isTrue();
		visitor.perform(get("/phan-anh/theo-doi/" + number))
			.andExpect(content().string(allOf(containsString(messages.getMessage("feedback.web.follow.nameRemoved", null, VI)),
					not(containsString("id=\"remove-name-form\"")))));
	}

	@Test
	void aRejectedItemIsNeverShownAsAnswered() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " quảng cáo", "Quảng cáo.", phone, true);
		fixtures.as("operator", () -> feedback.act(number, FeedbackAction.REJECT,
				new ActionInput(null, null, null, "Tin quảng cáo", RejectReason.SPAM, null, null)));
		follow(number);
		visitor.perform(get("/phan-anh/theo-doi/" + number))
			.andExpect(content().string(allOf(containsString(messages.getMessage("feedback.web.follow.outcome.REJECTED", null, VI)),
					not(containsString(messages.getMessage("feedback.web.state.RESOLVED", null, VI))),
					not(containsString("id=\"rate-form\"")))));
	}

	@Test
	void aLoggedInCitizenListsAndFollowsTheirOwnItems() throws Exception {
		String title = FeedbackFixtures.word() + " vỉa hè";
		String number = fixtures.as("citizen", () -> feedback.submit(new FeedbackSubmission(FeedbackChannel.WEB, title,
				"Lấn chiếm vỉa hè.", FeedbackFixtures.FIELD, Location.NONE, Reporter.ANONYMOUS, List.of(), FeedbackFixtures.ANSWERS,
				false, "127.0.0.1"), UUID.randomUUID().toString(), null).number());
		mvc.perform(get("/phan-anh/cua-toi").with(user(users.loadUserByUsername("citizen"))))
			.andExpect(content().string(allOf(containsString(title), containsString("/phan-anh/theo-doi/" + number))));
		mvc.perform(get("/phan-anh/theo-doi/" + number).with(user(users.loadUserByUsername("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	private void follow(String number) throws Exception {
		visitor.perform(post("/phan-anh/theo-doi").param("number", number).param("phone", phone).with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/theo-doi/" + number));
	}

	private Refusal refusalOf(String number) throws Exception {
		return (Refusal) visitor.perform(post("/phan-anh/theo-doi/" + number + "/mo-lai").with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/theo-doi/" + number))
			.andReturn()
			.getFlashMap()
			.get(Refusal.FLASH);
	}
}
