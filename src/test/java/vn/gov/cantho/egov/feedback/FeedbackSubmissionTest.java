package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Filing through the API with each bad input of the issue, all reported at once and nothing stored; markup kept as
 * plain text; idempotent retries, also racing; staff channels; the logged-in citizen's contact.
 */
@IntegrationTest
class FeedbackSubmissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FeedbackApiClient api;

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	long items() {
		return jdbc.sql("SELECT COUNT(*) FROM feedback_item").query(Long.class).single();
	}

	@Test
	void everyBrokenRuleIsReportedAtOnceAndNothingIsStored() throws Exception {
		long before = items();
		Map<String, Object> body = new HashMap<>();
		body.put("title", " ");
		body.put("description", "");
		body.put("fieldCode", "NO-SUCH-FIELD");
		body.put("location", Map.of("latitude", 21.028, "longitude", 105.854, "unitCode", "00000"));
		body.put("reporter", Map.of("phone", "12345", "email", "not-an-email"));
		api.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "description", "fieldCode",
					"location.latitude", "location.unitCode", "reporter.phone", "reporter.email")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItem("feedback.outside-city")));
		assertThat(items()).isEqualTo(before);
	}

	@Test
	void aHundredKilobyteDescriptionIsRefusedNotCut() throws Exception {
		Map<String, Object> body = FeedbackApiClient.caiKhe("Quá dài", FeedbackApiClient.freshPhone());
		body.put("description", "Rác ".repeat(25_600));
		api.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.text-too-long"))
			.andExpect(jsonPath("$.field").value("description"))
			.andExpect(jsonPath("$.title").value("Nội dung quá dài: tối đa 4000 ký tự."));
		body.put("description", "x".repeat(4000));
		api.submit(null, UUID.randomUUID().toString(), null, body).andExpect(status().isCreated());
	}

	@Test
	void markupIsStoredAndReturnedAsPlainText() throws Exception {
		String script = "<script>alert('x')</script> & <b>đậm</b>";
		Map<String, Object> body = FeedbackApiClient.caiKhe("<img src=x onerror=alert(1)>", FeedbackApiClient.freshPhone());
		body.put("description", script);
		String number = api.read(api.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.description").value(script))
			.andExpect(jsonPath("$.title").value("<img src=x onerror=alert(1)>"))).get("number").asString();
		assertThat(jdbc.sql("SELECT description FROM feedback_item WHERE number = :n")
			.param("n", number)
			.query(String.class)
			.single()).isEqualTo(script);
	}

	@Test
	void photosMustBePicturesOfAtMostFiveMegabytesUploadedByTheSameVisitor() throws Exception {
		String key = UUID.randomUUID().toString();
		api.uploadPhoto(null, key, "hoa-don.pdf", "%PDF-1.4 fake".getBytes())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.photo-type"));
		api.uploadPhoto(null, key, "lon.png", new byte[5 * 1024 * 1024 + 1])
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.photo-too-large"));
		api.uploadPhoto(null, null, "anh.png", FeedbackApiClient.png(10, 10))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.upload-key-required"));
		String mine = api.read(api.uploadPhoto(null, key, "anh.png", FeedbackApiClient.png(10, 10))
			.andExpect(status().isCreated())).get("id").asString();
		String theirs = api.read(api.uploadPhoto(null, UUID.randomUUID().toString(), "anh.png",
				FeedbackApiClient.png(10, 10))).get("id").asString();
		Map<String, Object> body = FeedbackApiClient.caiKhe("Ảnh của người khác", FeedbackApiClient.freshPhone());
		body.put("photoIds", List.of(mine, theirs));
		api.submit(null, UUID.randomUUID().toString(), key, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.photo-not-found"))
			.andExpect(jsonPath("$.field").value("photoIds"));
		body.put("photoIds", List.of("a", "b", "c", "d", "e", "f"));
		api.submit(null, UUID.randomUUID().toString(), key, body)
			.andExpect(jsonPath("$.code").value("feedback.too-many-photos"));
		body.put("photoIds", List.of(mine));
		api.submit(null, UUID.randomUUID().toString(), key, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.photos[0].id").value(mine));
	}

	@Test
	void theFieldsExtraQuestionsAreChecked() throws Exception {
		Map<String, Object> body = FeedbackApiClient.caiKhe("Câu hỏi", FeedbackApiClient.freshPhone());
		body.put("attributes", Map.of("loai", List.of("khong-co")));
		api.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(jsonPath("$.code").value("feedback.attribute-invalid-value"))
			.andExpect(jsonPath("$.field").value("attributes.loai"));
		body.remove("attributes");
		api.submit(null, UUID.randomUUID().toString(), null, body)
			.andExpect(jsonPath("$.code").value("feedback.attribute-required"));
	}

	@Test
	void aRetryReturnsTheFirstItemEvenWhenRacing() throws Exception {
		String key = UUID.randomUUID().toString();
		String uploadKey = UUID.randomUUID().toString();
		// Without a phone: six racing copies from one phone would also meet the flood limit.
		Map<String, Object> body = FeedbackApiClient.caiKhe("Gửi hai lần", null);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<String> numbers = new ArrayList<>();
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(() -> api.read(api.submit(null, key, uploadKey, body)).get("number").asString());
			}
			for (Future<String> f : pool.invokeAll(calls)) {
				numbers.add(f.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(numbers).hasSize(6).containsOnly(numbers.get(0));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE idempotency_key = :k")
			.param("k", key)
			.query(Long.class)
			.single()).isEqualTo(1);
		String other = api.read(api.submit(null, key, UUID.randomUUID().toString(), body)).get("number").asString();
		assertThat(other).as("the same key from another visitor is another item").isNotEqualTo(numbers.get(0));
	}

	@Test
	void staffRecordCallsAndVisitsOthersMayNot() throws Exception {
		Map<String, Object> call = FeedbackApiClient.caiKhe("Cuộc gọi", FeedbackApiClient.freshPhone());
		call.put("channel", "HOTLINE");
		api.submit(null, UUID.randomUUID().toString(), null, call)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("feedback.channel-forbidden"));
		api.submit("citizen", UUID.randomUUID().toString(), null, call).andExpect(status().isForbidden());
		api.submit("operator", UUID.randomUUID().toString(), null, call)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("HOTLINE"));
		Map<String, Object> noPhone = new HashMap<>(call);
		noPhone.put("reporter", Map.of("name", "Khách"));
		api.submit("operator", UUID.randomUUID().toString(), null, noPhone)
			.andExpect(jsonPath("$.code").value("feedback.phone-required"));
		Map<String, Object> zalo = new HashMap<>(call);
		zalo.put("channel", "ZALO");
		api.submit("operator", UUID.randomUUID().toString(), null, zalo)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.channel-not-allowed"));
		Map<String, Object> app = FeedbackApiClient.caiKhe("Ứng dụng", null);
		app.put("reporter", Map.of());
		app.put("channel", "MOBILE_APP");
		String number = api.read(api.submit("citizen", UUID.randomUUID().toString(), null, app)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("MOBILE_APP"))
			.andExpect(jsonPath("$.reporter.phone").value("0901234567"))
			.andExpect(jsonPath("$.reporter.name").value("Nguyễn Văn An"))).get("number").asString();
		mvc.perform(get("/api/v1/me/feedback").with(httpBasic("citizen", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number").value(hasItem(number)));
	}

	@Test
	void theFieldsAndTheirQuestionsArePublic() throws Exception {
		mvc.perform(get("/api/v1/feedback/fields"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'VE-SINH-MOI-TRUONG')].attributes[0].code").value(hasItem("loai")))
			.andExpect(jsonPath("$[?(@.code == 'VE-SINH-MOI-TRUONG')].name").value(hasItem("Vệ sinh môi trường")))
			.andExpect(jsonPath("$[?(@.code == 'DICH-VU-CONG')].open311Type").value(hasItem("batch")));
	}
}
