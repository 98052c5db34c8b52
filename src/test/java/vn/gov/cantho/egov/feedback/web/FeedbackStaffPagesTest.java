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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * The 1022 queue and item pages: filters, the reporter's contact for staff in scope, one form per available action
 * with the suggested agency chosen, each action posted and its refusal in the error summary, photo approval, and
 * typed HTML shown as text.
 */
@IntegrationTest
class FeedbackStaffPagesTest {

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
	UserDetails specialist;
	String word;
	String phone;
	String number;

	@BeforeEach
	void aNewItem() {
		fixtures = new FeedbackFixtures(feedback, users);
		operator = users.loadUserByUsername("operator");
		specialist = users.loadUserByUsername("specialist.caikhe");
		word = FeedbackFixtures.word();
		phone = FeedbackFixtures.phone();
		number = fixtures.file(word + " rác <img src=x onerror=alert(1)>", "Rác <script>alert('x')</script> ven kênh.",
				phone, true);
	}

	@Test
	void theQueueFindsTheItemByItsFiltersAndWords() throws Exception {
		mvc.perform(get("/1022").param("q", word).param("state", "NEW").param("field", FeedbackFixtures.FIELD)
			.param("channel", "WEB")
			.with(user(operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"row-" + number + "\""),
					containsString(word + " rác &lt;img src=x onerror=alert(1)&gt;"), not(containsString("<img src=x")))));
		mvc.perform(get("/1022").param("q", word).param("channel", "HOTLINE").with(user(operator)))
			.andExpect(content().string(not(containsString("id=\"row-" + number + "\""))));
		mvc.perform(get("/1022").param("q", word).with(user(specialist)))
			.andExpect(content().string(not(containsString("id=\"row-" + number + "\""))));
	}

	@Test
	void everyIdOfTheItemPageIsThereOnce() throws Exception {
		String page = mvc.perform(get("/1022/phan-anh/" + number).with(user(operator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FeedbackFixtures.repeatedIds(page)).isEmpty();
		fixtures.assign(number);
		page = mvc.perform(get("/1022/phan-anh/" + number).with(user(specialist))).andReturn().getResponse()
			.getContentAsString();
		assertThat(FeedbackFixtures.repeatedIds(page)).isEmpty();
	}

	@Test
	void theItemShowsTheReporterToStaffAndSuggestsTheAgencyOfItsFieldAndWard() throws Exception {
		mvc.perform(get("/1022/phan-anh/" + number).with(user(operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reporter-phone\">" + phone),
					containsString("Trần Thị Bích"), containsString("id=\"assign-form\""),
					containsString("id=\"reject-form\""), containsString("id=\"merge-form\""),
					containsString("<option value=\"" + FeedbackFixtures.CAI_KHE_AGENCY + "\" selected=\"selected\""),
					containsString("Rác &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ven kênh."),
					not(containsString("<script>alert")), not(containsString("id=\"resolve-form\"")))));
	}

	@Test
	void theOperatorAssignsAndTheWardOfficialAnswers() throws Exception {
		mvc.perform(post("/1022/phan-anh/" + number + "/assign").param("agencyCode", FeedbackFixtures.CAI_KHE_AGENCY)
			.with(user(operator))
			.with(csrf()))
			.andExpect(redirectedUrl("/1022/phan-anh/" + number))
			.andExpect(flash().attributeExists(FeedbackOutcomes.DONE));
		mvc.perform(get("/1022").param("q", word).with(user(specialist)))
			.andExpect(content().string(containsString("id=\"row-" + number + "\"")));
		mvc.perform(get("/1022/phan-anh/" + number).with(user(specialist)))
			.andExpect(content().string(allOf(containsString("id=\"resolve-form\""),
					containsString("id=\"reassign-form\""), containsString("id=\"return-to-coordinator-form\""),
					containsString("value=\"specialist.caikhe\""))));
		mvc.perform(post("/1022/phan-anh/" + number + "/resolve").param("comment", "Đã thu gom rác, cảm ơn.")
			.with(user(specialist))
			.with(csrf())).andExpect(flash().attributeExists(FeedbackOutcomes.DONE));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).state()).isEqualTo(FeedbackState.RESOLVED);
	}

	@Test
	void aRefusedActionIsListedInTheErrorSummaryLinkedToItsInput() throws Exception {
		Visitor visitor = new Visitor(mvc);
		MvcResult refused = visitor.perform(post("/1022/phan-anh/" + number + "/reject").with(user(operator)).with(csrf()))
			.andExpect(redirectedUrl("/1022/phan-anh/" + number))
			.andExpect(flash().attributeExists(Refusal.FLASH))
			.andReturn();
		Refusal refusal = (Refusal) refused.getFlashMap().get(Refusal.FLASH);
		assertThat(refusal.problems()).extracting(Refusal.Problem::target)
			.contains("reject-rejectReason", "reject-comment");
		visitor.perform(get("/1022/phan-anh/" + number).with(user(operator)))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#reject-rejectReason\""), containsString("id=\"reject-rejectReason\""),
					containsString(messages.getMessage("error.feedback.reject-reason-required", null, VI)))));
		assertThat(fixtures.as("operator", () -> feedback.item(number)).state()).isEqualTo(FeedbackState.NEW);
	}

	@Test
	void anUnknownActionIsNotFound() throws Exception {
		mvc.perform(post("/1022/phan-anh/" + number + "/escalate").with(user(operator)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void mergeOffersTheLikelyDuplicates() throws Exception {
		String duplicate = fixtures.file(word + " rác ven kênh", "Rác ven kênh " + word, FeedbackFixtures.phone(), true);
		mvc.perform(get("/1022/phan-anh/" + duplicate).with(user(operator)))
			.andExpect(content().string(containsString("id=\"merge-target-" + number + "\"")));
		mvc.perform(post("/1022/phan-anh/" + duplicate + "/merge").param("targetNumber", number)
			.with(user(operator))
			.with(csrf())).andExpect(flash().attributeExists(FeedbackOutcomes.DONE));
		assertThat(fixtures.as("operator", () -> feedback.item(duplicate)).mergedInto()).isEqualTo(number);
	}

	@Test
	void staffApprovePhotosForThePublicPage() throws Exception {
		PhotoView photo = FeedbackFixtures.anonymous(() -> feedback.uploadPhoto("kenh.png", Png.ONE_PIXEL, "key-" + word));
		String withPhoto = FeedbackFixtures.anonymous(() -> feedback.submit(new FeedbackSubmission(FeedbackChannel.WEB,
				word + " ảnh", "Có ảnh.", FeedbackFixtures.FIELD, Location.NONE, new Reporter(null, phone, null, null),
				List.of(photo.id()), FeedbackFixtures.ANSWERS, true, "127.0.0.1"), UUID.randomUUID().toString(), "key-" + word)
			.number());
		mvc.perform(get("/1022/phan-anh/" + withPhoto).with(user(operator)))
			.andExpect(content().string(allOf(containsString("id=\"photo-" + photo.id() + "-form\""),
					containsString("/phan-anh/" + withPhoto + "/anh/" + photo.id()))));
		mvc.perform(post("/1022/phan-anh/" + withPhoto + "/anh/" + photo.id()).param("approved", "true")
			.with(user(operator))
			.with(csrf())).andExpect(flash().attributeExists(FeedbackOutcomes.DONE));
		assertThat(fixtures.as("operator", () -> feedback.item(withPhoto)).photos().get(0).approved()).isTrue();
		mvc.perform(get("/phan-anh/" + withPhoto + "/anh/" + photo.id()).with(user(operator)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void theSuggestedAgencyFollowsTheFieldChosenInTheAssignForm() throws Exception {
		mvc.perform(get("/1022/co-quan-goi-y").param("fieldCode", FeedbackFixtures.FIELD)
			.param("unitCode", FeedbackFixtures.CAI_KHE)
			.with(user(operator)))
			.andExpect(content().string(allOf(containsString("id=\"assign-agencyCode\""),
					containsString("<option value=\"" + FeedbackFixtures.CAI_KHE_AGENCY + "\" selected=\"selected\""))));
	}
}
