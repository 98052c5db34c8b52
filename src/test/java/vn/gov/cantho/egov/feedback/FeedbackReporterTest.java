package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;
import vn.gov.cantho.egov.feedback.domain.SystemJobs;

/**
 * The reporter's side: reopening within the window (and not after), rating, removing the name, notifications of
 * filing and answer, automatic closing once the window passed. Answers are moved into the past in the database,
 * standing for the days that would have gone by.
 */
@IntegrationTest
class FeedbackReporterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SystemJobs jobs;

	FeedbackApiClient api;

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	@Test
	void aLongAnswerStillReachesTheReporterCutShort() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		String answer = "Đã kiểm tra hiện trường và xử lý. ".repeat(116).trim();
		assertThat(answer.length()).isGreaterThan(3800).isLessThanOrEqualTo(4000);
		String number = api.answeredCaiKhe("Trả lời dài (kiểm thử)", phone, answer);
		String body = (String) new QueuedMessages(jdbc).await(number, "feedback-answered", 1).get(0).get("BODY");
		assertThat(body).contains(number, "Đã kiểm tra hiện trường và xử lý.", "…").hasSizeLessThan(2000);
		api.follow(number, phone).andExpect(status().isOk()).andExpect(jsonPath("$.item.answer").value(answer));
	}

	@Test
	void theReporterIsToldAndReopensWithinTheWindowOnly() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		String number = api.answeredCaiKhe("Mở lại (kiểm thử)", phone, "Đã xử lý lần một.");
		String sms = "84" + phone.substring(1);
		assertThat(new QueuedMessages(jdbc).await(number, "feedback-received", 1).get(0)).containsEntry("CHANNEL", "SMS")
			.containsEntry("RECIPIENT", sms);
		assertThat((String) new QueuedMessages(jdbc).await(number, "feedback-answered", 1).get(0).get("BODY"))
			.contains(number, "Đã xử lý lần một.", "Ủy ban nhân dân phường Cái Khế");

		api.reporter(number, "reopen", Map.of("phone", phone))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.comment-required"));
		api.reporter(number, "reopen", Map.of("phone", FeedbackApiClient.freshPhone(), "comment", "x"))
			.andExpect(status().isNotFound());
		api.reporter(number, "resolve", Map.of("phone", phone, "comment", "x")).andExpect(status().isForbidden());
		api.reporter(number, "reopen", Map.of("phone", phone, "comment", "Vẫn chưa thu gom"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.state").value("ASSIGNED"))
			.andExpect(jsonPath("$.item.notes[*].action").value(contains("RESOLVE", "REOPEN")));
		api.item("specialist.caikhe", number)
			.andExpect(jsonPath("$.reopenCount").value(1))
			.andExpect(jsonPath("$.agencyCode").value("UBND-CAIKHE"));
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã xử lý lần hai.")).andExpect(status().isOk());

		answeredDaysAgo(number, 8);
		api.follow(number, phone).andExpect(jsonPath("$.reporterActions").value(contains("RATE")));
		api.reporter(number, "reopen", Map.of("phone", phone, "comment", "Lại bẩn"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("feedback.reopen-window-passed"));
		jobs.closeAnswered();
		api.follow(number, phone)
			.andExpect(jsonPath("$.item.state").value("CLOSED"))
			.andExpect(jsonPath("$.reporterActions").isEmpty());
		assertThat(jdbc.sql("SELECT actor FROM feedback_step s JOIN feedback_item i ON i.id = s.item_id "
				+ "WHERE i.number = :n AND s.action = 'CLOSE'").param("n", number).query(String.class).list())
			.containsExactly("system");
	}

	@Test
	void ratingClosesAndTheNameCanBeRemoved() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		String number = api.answeredCaiKhe("Đánh giá (kiểm thử)", phone, "Đã xử lý.");
		api.reporter(number, "rate", Map.of("phone", phone, "stars", 6))
			.andExpect(jsonPath("$.code").value("feedback.rating-range"));
		api.reporter(number, "rate", Map.of("phone", phone, "stars", 5, "comment", "Nhanh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.state").value("CLOSED"))
			.andExpect(jsonPath("$.rating").value(5));
		api.reporter(number, "rate", Map.of("phone", phone, "stars", 4)).andExpect(status().isConflict());

		mvc.perform(post("/api/v1/feedback/" + number + "/remove-name").contentType("application/json")
			.content("{\"phone\":\"" + phone + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameRemoved").value(true));
		api.item("operator", number)
			.andExpect(jsonPath("$.reporter.name").doesNotExist())
			.andExpect(jsonPath("$.reporter.phone").value(phone))
			.andExpect(jsonPath("$.nameRemoved").value(true));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE reference = :n AND action = 'feedback.item.name-removed'")
			.param("n", number)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aLoggedInCitizenActsOnHisOwnItemsWithoutAPhone() throws Exception {
		Map<String, Object> body = FeedbackApiClient.caiKhe("Của tôi (kiểm thử)", null);
		String number = api.read(api.submit("citizen", java.util.UUID.randomUUID().toString(), null, body))
			.get("number")
			.asString();
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE"));
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Xong."));
		mvc.perform(post("/api/v1/feedback/" + number + "/reporter-actions/rate").contentType("application/json")
			.content("{\"stars\":3}")
			.with(httpBasic("citizen", FeedbackApiClient.PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/feedback/" + number + "/reporter-actions/rate").contentType("application/json")
			.content("{\"stars\":3}")
			.with(httpBasic("specialist", FeedbackApiClient.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/feedback").with(httpBasic("citizen", FeedbackApiClient.PASSWORD)))
			.andExpect(jsonPath("$[0].number").value(number))
			.andExpect(jsonPath("$[0].state").value("CLOSED"));
	}

	@Test
	void theReporterIsAnsweredInTheLanguageOfTheFilingAndTheHotlineSeesACallersItems() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		Map<String, Object> body = FeedbackApiClient.caiKhe("In English (test)", phone);
		body.put("reporter", Map.of("phone", phone, "email", "reporter@example.org"));
		String number = api.read(mvc.perform(post("/api/v1/feedback").contentType("application/json")
			.header("Accept-Language", "en")
			.content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)))
			.andExpect(status().isCreated())).get("number").asString();
		var received = new QueuedMessages(jdbc).await(number, "feedback-received", 2);
		assertThat(received).extracting(m -> m.get("CHANNEL")).containsExactlyInAnyOrder("SMS", "EMAIL");
		assertThat(received).allSatisfy(m -> assertThat((String) m.get("BODY")).contains("received your item " + number));

		mvc.perform(post("/api/v1/feedback/caller-history").contentType("application/json")
			.content("{\"phone\":\"" + phone + "\"}")
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(number));
		mvc.perform(post("/api/v1/feedback/caller-history").contentType("application/json")
			.content("{\"phone\":\"" + phone + "\"}")
			.with(httpBasic("specialist.caikhe", FeedbackApiClient.PASSWORD))).andExpect(status().isForbidden());
	}

	private void answeredDaysAgo(String number, int days) {
		jdbc.sql("UPDATE feedback_item SET answered_at = :at WHERE number = :n")
			.param("at", Instant.now().minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC))
			.param("n", number)
			.update();
	}
}
