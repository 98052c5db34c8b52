package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.codes;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.json;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.text;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xml;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xmlErrors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackApiClient;

/**
 * POST /requests: what each service type answers, the token flow, the item filed on the OPEN311 channel, and every
 * error case of the specification in both formats, several at once.
 */
@IntegrationTest
class Open311SubmissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Open311Client open311;

	@BeforeEach
	void client() {
		open311 = new Open311Client(mvc);
	}

	@Test
	void aRealtimeServiceAnswersWithTheIdAsAString() throws Exception {
		Map<String, Object> form = Open311Client.environment("Rác thải ven đường Hòa Bình (Open311 kiểm thử)");
		form.put("account_id", "app-user-42");
		JsonNode answer = json(open311.post("json", form), 200);
		assertThat(answer.isArray()).isTrue();
		JsonNode request = answer.get(0);
		assertThat(request.get("service_request_id").isString()).isTrue();
		assertThat(request.get("service_request_id").asString()).matches("PA-\\d{6}-\\d{4,}");
		assertThat(request.has("token")).isFalse();
		assertThat(request.get("service_notice").asString()).contains("7");
		assertThat(request.get("account_id").asString()).isEqualTo("app-user-42");

		Map<String, Object> item = jdbc.sql("""
				SELECT i.channel, i.state, i.field_code, i.title, i.public_allowed, i.reporter_account, r.key_id
				FROM feedback_item i JOIN feedback_open311_request r ON r.item_id = i.id WHERE i.number = :n""")
			.param("n", request.get("service_request_id").asString())
			.query()
			.singleRow();
		assertThat(item).containsEntry("CHANNEL", "OPEN311")
			.containsEntry("STATE", "NEW")
			.containsEntry("FIELD_CODE", Open311Client.ENVIRONMENT)
			.containsEntry("TITLE", "Rác thải ven đường Hòa Bình (Open311 kiểm thử)")
			.containsEntry("PUBLIC_ALLOWED", true);
		assertThat(item.get("REPORTER_ACCOUNT")).isNull();
		assertThat(item.get("KEY_ID")).isEqualTo(demoKeyId());
	}

	@Test
	void xmlAnswerHasTheSameFields() throws Exception {
		Map<String, Object> form = Open311Client.environment("Nước thải tràn ra đường (Open311 kiểm thử)");
		form.put("attribute[loai][]", "nuoc-thai");
		form.remove("attribute[loai]");
		Element request = Open311Client.children(xml(open311.post("xml", form), 200).getDocumentElement(), "request")
			.get(0);
		assertThat(request.getParentNode().getNodeName()).isEqualTo("service_requests");
		assertThat(text(request, "service_request_id")).startsWith("PA-");
		assertThat(text(request, "service_notice")).isNotBlank();
		assertThat(text(request, "account_id")).isEmpty();
	}

	@Test
	void aBatchServiceAnswersWithATokenThatLeadsToTheId() throws Exception {
		Map<String, Object> form = Map.of("api_key", Open311Client.DEMO_KEY, "service_code", Open311Client.PUBLIC_SERVICES,
				"address_string", "Trung tâm Phục vụ hành chính công, đường Trần Quốc Toản",
				"description", "Cổng dịch vụ công báo lỗi khi nộp hồ sơ (Open311 kiểm thử)");
		JsonNode answer = json(open311.post("json", new java.util.HashMap<>(form)), 200).get(0);
		assertThat(answer.has("service_request_id")).isFalse();
		String token = answer.get("token").asString();
		assertThat(token).isNotBlank();

		JsonNode byToken = json(open311.get("/tokens/" + token + ".json"), 200);
		String id = byToken.get(0).get("service_request_id").asString();
		assertThat(byToken.get(0).get("token").asString()).isEqualTo(token);
		assertThat(id).startsWith("PA-");
		Element xmlToken = Open311Client.children(xml(open311.get("/tokens/" + token + ".xml"), 200)
			.getDocumentElement(), "request").get(0);
		assertThat(text(xmlToken, "service_request_id")).isEqualTo(id);
		json(open311.get("/requests/" + id + ".json"), 200);

		assertThat(codes(json(open311.get("/tokens/" + UUID.randomUUID() + ".json"), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.get("/tokens/khong-co.xml"), 404))).hasSize(1);
	}

	@Test
	void aRequestWithoutDescriptionIsFiledUnderTheServiceName() throws Exception {
		Map<String, Object> form = Open311Client.environment(null);
		form.put("description", "");
		String id = open311.file(form);
		assertThat(jdbc.sql("SELECT description FROM feedback_item WHERE number = :n").param("n", id).query(String.class)
			.single()).isEqualTo("Vệ sinh môi trường");
	}

	@Test
	void theApiKeyIsRequiredAndMustBeValid() throws Exception {
		Map<String, Object> form = Open311Client.environment("Thiếu khóa (kiểm thử)");
		form.remove("api_key");
		assertThat(codes(json(open311.post("json", form), 403))).containsExactly(403);
		form.put("api_key", "");
		assertThat(xmlErrors(xml(open311.post("xml", form), 403))).singleElement().asString().contains("api_key");
		form.put("api_key", "o311_khong-phai-khoa-that");
		assertThat(codes(json(open311.post("json", form), 403))).containsExactly(403);
		assertThat(xmlErrors(xml(open311.post("xml", form), 403))).hasSize(1);
	}

	@Test
	void serviceCodeIsRequiredAndMustExist() throws Exception {
		Map<String, Object> form = Open311Client.environment("Không có dịch vụ (kiểm thử)");
		form.remove("service_code");
		assertThat(codes(json(open311.post("json", form), 400))).containsExactly(400);
		form.put("service_code", "KHONG-CO");
		assertThat(codes(json(open311.post("json", form), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.post("xml", form), 404))).singleElement().asString().contains("KHONG-CO");
	}

	@Test
	void aLocationIsRequired() throws Exception {
		Map<String, Object> form = Open311Client.environment("Không có vị trí (kiểm thử)");
		form.remove("lat");
		form.remove("long");
		form.put("address_string", "");
		assertThat(xmlErrors(xml(open311.post("xml", form), 400))).singleElement().asString().contains("lat", "long",
				"address_string", "address_id");
		form.put("address_id", "31117");
		String id = open311.file(form);
		assertThat(jdbc.sql("SELECT unit_code FROM feedback_item WHERE number = :n").param("n", id).query(String.class)
			.single()).isEqualTo("31117");
	}

	@Test
	void badCoordinatesAreRefused() throws Exception {
		Map<String, Object> form = Open311Client.environment("Tọa độ sai (kiểm thử)");
		form.put("lat", "mười");
		form.put("long", "200");
		JsonNode errors = json(open311.post("json", form), 400);
		assertThat(codes(errors)).containsExactly(400, 400);
		assertThat(errors.get(0).get("description").asString()).contains("lat", "mười");
		assertThat(errors.get(1).get("description").asString()).contains("long", "200");
		form.put("lat", "10.0458");
		assertThat(xmlErrors(xml(open311.post("xml", form), 400))).singleElement().asString().contains("long");
		form.put("long", "106.9");
		assertThat(codes(json(open311.post("json", form), 400))).containsExactly(400);
		form.remove("long");
		assertThat(codes(json(open311.post("json", form), 400))).containsExactly(400);
	}

	@Test
	void descriptionUpToFourThousandCharacters() throws Exception {
		Map<String, Object> form = Open311Client.environment("Ô nhiễm ".repeat(600).substring(0, 4001));
		List<String> xmlErrors = xmlErrors(xml(open311.post("xml", form), 400));
		assertThat(xmlErrors).singleElement().asString().startsWith("description");
		form.put("description", "Ô nhiễm <script>alert(1)</script> ".repeat(200).substring(0, 4000));
		String id = open311.file(form);
		assertThat(jdbc.sql("SELECT description FROM feedback_item WHERE number = :n").param("n", id).query(String.class)
			.single()).hasSize(4000).contains("<script>");
	}

	@Test
	void attributesFollowTheServiceDefinition() throws Exception {
		Map<String, Object> form = Open311Client.environment("Thuộc tính sai (kiểm thử)");
		form.put("attribute[loai]", "khong-co-trong-danh-sach");
		assertThat(json(open311.post("json", form), 400).get(0).get("description").asString()).startsWith("attribute[loai]");
		form.remove("attribute[loai]");
		assertThat(xmlErrors(xml(open311.post("xml", form), 400))).singleElement().asString().contains("loai");
		form.put("attribute[loai][]", List.of("rac-thai", "nuoc-thai"));
		assertThat(codes(json(open311.post("json", form), 400))).containsExactly(400);
		form.put("attribute[loai][]", List.of("rac-thai"));
		form.put("attribute[fixmystreet_id]", "123");
		String id = open311.file(form);
		assertThat(jdbc.sql("""
				SELECT a.* FROM feedback_item_attribute a JOIN feedback_item i ON i.id = a.item_id WHERE i.number = :n""")
			.param("n", id)
			.query((rs, row) -> rs.getString("attribute_code") + "=" + rs.getString("attribute_value"))
			.list()).containsExactly("loai=rac-thai");
	}

	@Test
	void everyWrongParameterIsReportedAtOnce() throws Exception {
		Map<String, Object> form = Map.of("api_key", Open311Client.DEMO_KEY, "phone", "12345", "email", "khong-phai-email",
				"media_url", "ftp://x");
		JsonNode errors = json(open311.post("json", new java.util.HashMap<>(form)), 400);
		assertThat(errors.size()).isEqualTo(5);
		assertThat(errors.toString()).contains("service_code", "address_string", "phone", "email", "media_url");
		assertThat(xmlErrors(xml(open311.post("xml", new java.util.HashMap<>(form)), 400))).hasSize(5);
		Map<String, Object> english = new java.util.HashMap<>(form);
		english.put("lang", "en");
		assertThat(json(open311.post("json", english), 400).get(0).get("description").asString())
			.isEqualTo("Required parameter service_code is missing.");
	}

	@Test
	void jurisdictionOfAnotherCityIsNotFound() throws Exception {
		Map<String, Object> form = Open311Client.environment("Thành phố khác (kiểm thử)");
		form.put("jurisdiction_id", "sfgov.org");
		assertThat(codes(json(open311.post("json", form), 404))).containsExactly(404);
		form.put("jurisdiction_id", "cantho.gov.vn");
		open311.file(form);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyFilesOnce() throws Exception {
		Map<String, Object> form = Open311Client.environment("Gửi lại do mất mạng (kiểm thử)");
		String key = UUID.randomUUID().toString();
		String first = Open311Client.json(mvc.perform(Open311Client.request("json", form).header("Idempotency-Key", key)),
				200).get(0).get("service_request_id").asString();
		String again = Open311Client.json(mvc.perform(Open311Client.request("json", form).header("Idempotency-Key", key)),
				200).get(0).get("service_request_id").asString();
		assertThat(again).isEqualTo(first);
		assertThat(open311.file(form)).isNotEqualTo(first);
	}

	@Test
	void floodingFromOnePhoneIsRefusedWithCode429() throws Exception {
		Map<String, Object> form = Open311Client.environment("Gửi dồn dập (kiểm thử)");
		for (int i = 0; i < 5; i++) {
			Open311Client.json(open311.post("json", form), 200);
		}
		var refused = open311.post("json", form);
		assertThat(codes(Open311Client.json(refused, 400))).containsExactly(429);
		assertThat(Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"))).isPositive();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE reporter_phone = :p")
			.param("p", form.get("phone"))
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	private long demoKeyId() {
		return jdbc.sql("SELECT id FROM feedback_open311_key WHERE key_hash = :h")
			.param("h", ApiKeys.hash(Open311Client.DEMO_KEY))
			.query(Long.class)
			.single();
	}

	static String freshPhone() {
		return FeedbackApiClient.freshPhone();
	}
}
