package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.children;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.codes;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.json;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.text;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xml;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackApiClient;

/**
 * What Open311 publishes as items move through the workflow: statuses and extended statuses, answers, approved photos
 * of answered items, public notes; and what it never publishes: unpublishable or spam items, the reporter.
 */
@IntegrationTest
class Open311PublishingTest {

	@Autowired
	MockMvc mvc;

	Open311Client open311;
	FeedbackApiClient feedback;

	@BeforeEach
	void clients() {
		open311 = new Open311Client(mvc);
		feedback = new FeedbackApiClient(mvc);
	}

	@Test
	void anAnsweredItemIsClosedFixedWithItsAnswerPhotoAndNotes() throws Exception {
		String uploadKey = UUID.randomUUID().toString();
		String photoId = feedback.read(feedback.uploadPhoto(null, uploadKey, "rac.png", FeedbackApiClient.png(40, 30))
			.andExpect(status().isCreated())).get("id").asString();
		Map<String, Object> body = FeedbackApiClient.caiKhe("Rác ở chợ Cái Khế (Open311 kiểm thử)",
				FeedbackApiClient.freshPhone());
		body.put("photoIds", List.of(photoId));
		String number = feedback.read(feedback.submit(null, UUID.randomUUID().toString(), uploadKey, body)
			.andExpect(status().isCreated())).get("number").asString();
		feedback.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/feedback/" + number + "/photos/" + photoId + "/approval")
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"approved\":true}")).andExpect(status().isNoContent());

		JsonNode open = json(open311.get("/requests/" + number + ".json", "extensions", "true"), 200).get(0);
		assertThat(open.get("status").asString()).isEqualTo("open");
		assertThat(open.get("extended_attributes").get("detailed_status").asString()).isEqualTo("ACTION_SCHEDULED");
		assertThat(open.get("extended_attributes").get("channel").asString()).isEqualTo("web");
		assertThat(open.get("media_url").isNull()).as("photos are published with the answer").isTrue();

		feedback.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã thu gom rác ở chợ (kiểm thử)."))
			.andExpect(status().isOk());
		JsonNode answered = json(open311.get("/requests/" + number + ".json", "extensions", "true"), 200).get(0);
		assertThat(answered.get("status").asString()).isEqualTo("closed");
		assertThat(answered.get("status_notes").asString()).isEqualTo("Đã thu gom rác ở chợ (kiểm thử).");
		assertThat(answered.get("updated_datetime").asString()).endsWith("+07:00");
		String mediaUrl = answered.get("media_url").asString();
		assertThat(mediaUrl).startsWith("http").endsWith("/api/v1/feedback/" + number + "/photos/" + photoId);
		mvc.perform(MockMvcRequestBuilders.get(URI.create(mediaUrl).getPath()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"));
		JsonNode extended = answered.get("extended_attributes");
		assertThat(extended.get("detailed_status").asString()).isEqualTo("FIXED");
		JsonNode photo = extended.get("photos").get(0);
		assertThat(photo.get("media_url").asString()).isEqualTo(mediaUrl);
		assertThat(photo.get("width").asInt()).isEqualTo(40);
		assertThat(photo.get("height").asInt()).isEqualTo(30);
		assertThat(photo.get("title").asString()).isNotBlank();
		assertThat(photo.get("created_at").asString()).endsWith("+07:00");
		JsonNode note = answered.get("notes").get(answered.get("notes").size() - 1);
		assertThat(note.get("type").asString()).isEqualTo("resolved");
		assertThat(note.get("description").asString()).isEqualTo("Đã thu gom rác ở chợ (kiểm thử).");
		assertThat(note.get("datetime").asString()).endsWith("+07:00");

		Element xmlRequest = children(xml(open311.get("/requests/" + number + ".xml", "extensions", "true"), 200)
			.getDocumentElement(), "request").get(0);
		Element xmlExtended = children(xmlRequest, "extended_attributes").get(0);
		assertThat(text(xmlExtended, "detailed_status")).isEqualTo("FIXED");
		Element xmlPhoto = children(children(xmlExtended, "photos").get(0), "photo").get(0);
		assertThat(text(xmlPhoto, "media_url")).isEqualTo(mediaUrl);
		assertThat(children(children(xmlRequest, "notes").get(0), "note")).isNotEmpty();

		JsonNode plain = json(open311.get("/requests/" + number + ".json"), 200).get(0);
		assertThat(plain.has("extended_attributes")).isFalse();
		assertThat(plain.has("notes")).isFalse();
		assertThat(plain.get("media_url").asString()).isEqualTo(mediaUrl);
	}

	@Test
	void reopenedDuplicateAndOutOfScopeItemsSayWhatHappened() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		String kept = feedback.answeredCaiKhe("Cống nghẹt đường Mậu Thân (kiểm thử)", phone, "Đã nạo vét cống.");
		feedback.reporter(kept, "reopen", Map.of("phone", phone, "comment", "Cống lại nghẹt sau mưa."))
			.andExpect(status().isOk());
		JsonNode reopened = json(open311.get("/requests/" + kept + ".json", "extensions", "true"), 200).get(0);
		assertThat(reopened.get("status").asString()).isEqualTo("open");
		assertThat(reopened.get("extended_attributes").get("detailed_status").asString()).isEqualTo("REOPEN");
		assertThat(reopened.get("notes").toString()).contains("reopened", "resolved");

		String duplicate = open311.file(Open311Client.environment("Cống nghẹt Mậu Thân, nước tràn (kiểm thử)"));
		feedback.act("operator", duplicate, "merge", Map.of("targetNumber", kept)).andExpect(status().isOk());
		JsonNode merged = json(open311.get("/requests/" + duplicate + ".json", "extensions", "true"), 200).get(0);
		assertThat(merged.get("status").asString()).isEqualTo("closed");
		assertThat(merged.get("status_notes").asString()).contains(kept);
		assertThat(merged.get("extended_attributes").get("detailed_status").asString()).isEqualTo("DUPLICATE");

		String elsewhere = open311.file(Open311Client.environment("Tranh chấp đất đai giữa hai hộ (kiểm thử)"));
		feedback.act("operator", elsewhere, "reject", Map.of("rejectReason", "OUT_OF_SCOPE", "comment",
				"Thuộc thẩm quyền tòa án.")).andExpect(status().isOk());
		JsonNode rejected = json(open311.get("/requests/" + elsewhere + ".json", "extensions", "true", "lang", "en"),
				200).get(0);
		assertThat(rejected.get("status").asString()).isEqualTo("closed");
		assertThat(rejected.get("status_notes").asString()).isEqualTo("Outside the scope of the 1022 system.");
		assertThat(rejected.get("extended_attributes").get("detailed_status").asString())
			.isEqualTo("NOT_COUNCILS_RESPONSIBILITY");
	}

	@Test
	void spamAndItemsNotAllowedForPublicationAreNeverShown() throws Exception {
		String spam = open311.file(Open311Client.environment("Quảng cáo bán hàng (kiểm thử rác)"));
		feedback.act("operator", spam, "reject", Map.of("rejectReason", "SPAM", "comment", "Quảng cáo."))
			.andExpect(status().isOk());
		Map<String, Object> body = FeedbackApiClient.caiKhe("Không muốn công khai (kiểm thử)",
				FeedbackApiClient.freshPhone());
		body.put("publicAllowed", false);
		String hidden = feedback.read(feedback.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(status().isCreated())).get("number").asString();
		String shown = open311.file(Open311Client.environment("Được công khai (kiểm thử)"));

		for (String number : List.of(spam, hidden)) {
			assertThat(codes(json(open311.get("/requests/" + number + ".json"), 404))).containsExactly(404);
		}
		assertThat(Open311RequestsTest.ids(json(open311.get("/requests.json", "service_request_id",
				spam + "," + hidden + "," + shown), 200))).containsExactly(shown);
		assertThat(Open311RequestsTest.ids(json(open311.get("/requests.json"), 200))).contains(shown)
			.doesNotContain(spam, hidden);
	}

	@Test
	void theReporterIsNeverPublished() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> form = Open311Client.environment("Đèn đường hỏng (kiểm thử riêng tư)");
		form.put("first_name", "Bích" + marker);
		form.put("last_name", "Trần" + marker);
		form.put("email", "nguoi." + marker + "@example.vn");
		form.put("account_id", "acct-" + marker);
		form.put("device_id", "device-" + marker);
		String phone = (String) form.get("phone");
		String number = open311.file(form);
		feedback.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());
		feedback.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã thay bóng đèn."))
			.andExpect(status().isOk());

		for (String format : List.of("json", "xml")) {
			for (String path : List.of("/requests." + format, "/requests/" + number + "." + format)) {
				String body = open311.get(path, "service_request_id", number, "extensions", "true")
					.andReturn()
					.getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				assertThat(body).contains(number, "Đã thay bóng đèn.")
					.doesNotContain(marker, phone, phone.substring(1), "specialist.caikhe", "operator");
			}
		}
	}
}
