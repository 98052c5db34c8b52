package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The public side: answered items searched accent-insensitively, by field and area, newest answer first; never the
 * reporter's identity or contact; unapproved photos and items not allowed for publication stay private.
 */
@IntegrationTest
class FeedbackPublicTest {

	@Autowired
	MockMvc mvc;

	FeedbackApiClient api;

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	@Test
	void answeredItemsAreFoundWithoutAccentsByFieldAndAreaNewestFirst() throws Exception {
		String token = "Thanhphố" + UUID.randomUUID().toString().substring(0, 8);
		String phone = FeedbackApiClient.freshPhone();
		String first = api.answeredCaiKhe("Cây đổ chắn đường " + token, phone, "Đã cưa cây.");
		String second = api.answeredCaiKhe("Cây xanh nghiêng " + token, FeedbackApiClient.freshPhone(), "Đã chống cây.");
		String open = api.fileCaiKhe("Cây đổ " + token, FeedbackApiClient.freshPhone());
		String folded = vn.gov.cantho.egov.shared.TextFolding.fold(token).toUpperCase();

		String page = mvc.perform(get("/api/v1/feedback/public").param("q", "cay " + folded))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].number").value(second))
			.andExpect(jsonPath("$.items[1].number").value(first))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.totalCapped").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(open, phone, "Người phản ánh", "reporter", "specialist.caikhe");
		mvc.perform(get("/api/v1/feedback/public").param("q", "đổ chắn " + token))
			.andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains(first)));
		mvc.perform(get("/api/v1/feedback/public").param("q", token).param("field", "Y-TE"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/feedback/public").param("q", token).param("unit", "92"))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/feedback/public").param("q", token).param("unit", "31204"))
			.andExpect(jsonPath("$.total").value(0));
		api.publicItem(open).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("feedback.not-found"));
	}

	@Test
	void thePublicNeverSeesTheReporterNorUnapprovedPhotosNorPrivateItems() throws Exception {
		String key = UUID.randomUUID().toString();
		String phone = FeedbackApiClient.freshPhone();
		String photo = api.read(api.uploadPhoto(null, key, "anh.png", FeedbackApiClient.png(20, 20))).get("id")
			.asString();
		Map<String, Object> body = FeedbackApiClient.caiKhe("Riêng tư (kiểm thử)", phone);
		body.put("photoIds", List.of(photo));
		body.put("reporter", Map.of("name", "Tên Bí Mật", "phone", phone, "email", "bi.mat@example.org"));
		String number = api.read(api.submit(null, UUID.randomUUID().toString(), key, body)).get("number").asString();
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE"));
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã trả lời."));

		for (String json : List.of(api.publicItem(number).andReturn().getResponse().getContentAsString(),
				api.follow(number, phone).andReturn().getResponse().getContentAsString())) {
			assertThat(json).contains(number).doesNotContain(phone, "Tên Bí Mật", "bi.mat@example.org", photo);
		}
		mvc.perform(get("/api/v1/feedback/" + number + "/photos/" + photo)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/feedback/" + number + "/photos/" + photo).with(httpBasic("specialist.caikhe",
				FeedbackApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "image/png"));
		mvc.perform(get("/api/v1/feedback/" + number + "/photos/" + photo).with(httpBasic("specialist.sxd",
				FeedbackApiClient.PASSWORD))).andExpect(status().isNotFound());

		Map<String, Object> privateBody = FeedbackApiClient.caiKhe("Không công khai (kiểm thử)", phone);
		privateBody.put("publicAllowed", false);
		String hidden = api.read(api.submit(null, UUID.randomUUID().toString(), null, privateBody)).get("number")
			.asString();
		api.act("operator", hidden, "assign", Map.of("agencyCode", "UBND-CAIKHE"));
		api.act("specialist.caikhe", hidden, "resolve", Map.of("comment", "Đã trả lời."));
		api.publicItem(hidden).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/feedback/public").param("q", "khong cong khai kiem thu"))
			.andExpect(jsonPath("$.items[*].number").value(not(hasItem(hidden))));
		api.follow(hidden, phone).andExpect(status().isOk()).andExpect(jsonPath("$.item.answer").value("Đã trả lời."));
	}
}
