package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The journey through the API: an anonymous visitor files an item with a photo, it is routed to the ward of
 * its pin, the operator assigns it, an official of that agency answers, and the answer is public without the reporter;
 * the reporter follows it by number and phone. Officials of other agencies never see it.
 */
@IntegrationTest
class FeedbackJourneyApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FeedbackApiClient api;

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	@Test
	void anonymousItemWithPhotoIsRoutedAssignedAnsweredAndPublishedWithoutTheReporter() throws Exception {
		String uploadKey = UUID.randomUUID().toString();
		String phone = FeedbackApiClient.freshPhone();
		String photoId = api.read(api.uploadPhoto(null, uploadKey, "rac.png", FeedbackApiClient.png(40, 30))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(40))
			.andExpect(jsonPath("$.mediaType").value("image/png"))).get("id").asString();
		Map<String, Object> body = FeedbackApiClient.caiKhe("Rác thải ven đường (kiểm thử)", phone);
		body.put("photoIds", List.of(photoId));
		String number = api.read(api.submit(null, UUID.randomUUID().toString(), uploadKey, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("NEW"))
			.andExpect(jsonPath("$.channel").value("WEB"))
			.andExpect(jsonPath("$.agencyCode").value("UBND-CAIKHE"))
			.andExpect(jsonPath("$.photos[0].id").value(photoId))).get("number").asString();
		assertThat(number).matches("PA-\\d{6}-\\d{4,}");

		api.item("specialist.caikhe", number).andExpect(status().isNotFound());
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ASSIGNED"));
		api.item("specialist", number)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("feedback.not-found"));
		api.item("specialist.caikhe", number)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reporter.phone").value(phone))
			.andExpect(jsonPath("$.availableActions").value(hasItem("RESOLVE")));
		api.act("specialist", number, "resolve", Map.of("comment", "x")).andExpect(status().isNotFound());
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã thu gom rác (kiểm thử)."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"));
		api.publicItem(number).andExpect(status().isOk()).andExpect(jsonPath("$.photos").isEmpty());
		api.act("operator", number, "resolve", Map.of("comment", "x")).andExpect(status().isForbidden());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/feedback/" + number + "/photos/" + photoId + "/approval")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("operator", FeedbackApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"approved\":true}")).andExpect(status().isNoContent());
		String published = api.publicItem(number)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("Đã thu gom rác (kiểm thử)."))
			.andExpect(jsonPath("$.photos[0].id").value(photoId))
			.andExpect(jsonPath("$.notes[*].action").value(contains("RESOLVE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).doesNotContain(phone, "Người phản ánh", "specialist.caikhe");

		api.follow(number, phone)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.state").value("RESOLVED"))
			.andExpect(jsonPath("$.reporterActions").value(contains("REOPEN", "RATE")));
		api.follow(number, FeedbackApiClient.freshPhone())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("feedback.not-found"));
		api.follow("PA-000101-9999", phone).andExpect(status().isNotFound());
		api.reporter(number, "rate", Map.of("phone", phone, "stars", 4))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.state").value("CLOSED"))
			.andExpect(jsonPath("$.rating").value(4));
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE reference = :n ORDER BY id")
			.param("n", number)
			.query(String.class)
			.list()).contains("feedback.item.submitted", "feedback.item.assigned", "feedback.item.resolved",
					"feedback.photo.approved", "feedback.item.rated");
	}
}
