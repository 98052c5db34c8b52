package vn.gov.cantho.egov.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * The public page of answered items: found by words typed without accents, by field and by ward; one item with its
 * answer, place and approved photos only; never the reporter's name, phone or e-mail; in Vietnamese and English.
 */
@IntegrationTest
class FeedbackPublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	FeedbackFixtures fixtures;
	String word;
	String phone;
	String number;

	@BeforeEach
	void anAnsweredItem() {
		fixtures = new FeedbackFixtures(feedback, users);
		word = FeedbackFixtures.word();
		phone = FeedbackFixtures.phone();
		number = fixtures.answered(word + " Phản ánh rác thải <b>ven</b> kênh", "Rác thải tồn đọng ở bến.", phone,
				"Phường đã thu gom <i>toàn bộ</i> rác.");
	}

	@Test
	void theAnsweredItemIsFoundWithoutAccentsAndShowsItsAnswerButNeverTheReporter() throws Exception {
		String list = mvc.perform(get("/phan-anh").param("q", word + " phan anh rac thai"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("id=\"item-" + number + "\"", "Phản ánh rác thải &lt;b&gt;ven&lt;/b&gt; kênh",
				"Phường đã thu gom &lt;i&gt;toàn bộ&lt;/i&gt; rác.")
			.doesNotContain(phone, "Trần Thị Bích", "bich@example.vn", "<b>ven</b>");

		assertThat(FeedbackFixtures.repeatedIds(list)).isEmpty();
		assertThat(FeedbackFixtures.repeatedIds(mvc.perform(get("/phan-anh/" + number)).andReturn().getResponse()
			.getContentAsString())).isEmpty();
		mvc.perform(get("/phan-anh/" + number))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"item-answer\""),
					containsString("Phường đã thu gom &lt;i&gt;toàn bộ&lt;/i&gt; rác."), containsString("Bến Ninh Kiều"),
					containsString("Phường Cái Khế"), containsString("data-lat=\"10.045200\""),
					not(containsString(phone)), not(containsString("Trần Thị Bích")),
					not(containsString("bich@example.vn")))));
	}

	@Test
	void theFieldAndTheWardFilterTheList() throws Exception {
		mvc.perform(get("/phan-anh").param("q", word).param("field", FeedbackFixtures.FIELD).param("area",
				FeedbackFixtures.CAI_KHE))
			.andExpect(content().string(containsString("id=\"item-" + number + "\"")));
		mvc.perform(get("/phan-anh").param("q", word).param("area", "31204"))
			.andExpect(content().string(allOf(not(containsString("id=\"item-" + number + "\"")),
					containsString("id=\"no-results\""))));
	}

	@Test
	void itemsNotAnsweredOrNotAgreedForPublicationAreNotShown() throws Exception {
		String open = fixtures.file(word + " chưa trả lời", "Chưa trả lời.", FeedbackFixtures.phone(), true);
		String privateOne = fixtures.file(word + " riêng", "Không công khai.", FeedbackFixtures.phone(), false);
		fixtures.assign(privateOne);
		fixtures.answer(privateOne, "Đã xử lý.");
		mvc.perform(get("/phan-anh/" + open)).andExpect(status().isNotFound());
		mvc.perform(get("/phan-anh/" + privateOne)).andExpect(status().isNotFound());
		mvc.perform(get("/phan-anh").param("q", word))
			.andExpect(content().string(allOf(containsString("id=\"item-" + number + "\""),
					not(containsString("id=\"item-" + open + "\"")), not(containsString("id=\"item-" + privateOne + "\"")))));
	}

	@Test
	void onlyApprovedPhotosArePublic() throws Exception {
		PhotoView photo = FeedbackFixtures.anonymous(() -> feedback.uploadPhoto("kenh.png", Png.ONE_PIXEL, "key-" + word));
		String withPhoto = FeedbackFixtures.anonymous(() -> feedback.submit(new FeedbackSubmission(FeedbackChannel.WEB,
				word + " có ảnh", "Có ảnh.", FeedbackFixtures.FIELD, Location.NONE, new Reporter(null, phone, null, null),
				List.of(photo.id()), FeedbackFixtures.ANSWERS, true, "127.0.0.1"), UUID.randomUUID().toString(), "key-" + word)
			.number());
		fixtures.assign(withPhoto);
		fixtures.answer(withPhoto, "Đã xử lý.");
		String photoUrl = "/phan-anh/" + withPhoto + "/anh/" + photo.id();
		mvc.perform(get("/phan-anh/" + withPhoto)).andExpect(content().string(not(containsString(photoUrl))));
		mvc.perform(get(photoUrl)).andExpect(status().isNotFound());

		fixtures.as("operator", () -> {
			feedback.approvePhoto(withPhoto, photo.id(), true);
			return null;
		});
		mvc.perform(get("/phan-anh/" + withPhoto)).andExpect(content().string(containsString(photoUrl)));
		mvc.perform(get(photoUrl)).andExpect(status().isOk()).andExpect(content().bytes(Png.ONE_PIXEL));
	}

	@Test
	void theItemReadsInEnglishWithDatesDayFirst() throws Exception {
		String page = mvc.perform(get("/phan-anh/" + number).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(messages.getMessage("feedback.web.state.RESOLVED", null, Locale.ENGLISH),
				"Environmental sanitation", messages.getMessage("feedback.web.answer", null, Locale.ENGLISH))
			.containsPattern("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}")
			.doesNotContain(phone);
	}
}
