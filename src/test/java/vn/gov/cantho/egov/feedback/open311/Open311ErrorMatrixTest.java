package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Every error case of the specification, on every method concerned, in both formats: the HTTP status (404 missing
 * resource, 403 api_key, 400 anything else) and the error list with the codes expected, parsed as XML or JSON, each
 * with a description in Vietnamese and another in English.
 */
@IntegrationTest
class Open311ErrorMatrixTest {

	static final String REVOKED = "o311_revoked-for-the-error-matrix-" + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void revokedKey() {
		jdbc.sql("""
				INSERT INTO feedback_open311_key (name, key_hash, key_hint, created_at, created_by, revoked_at, revoked_by)
				SELECT 'Khóa đã thu hồi (kiểm thử)', :hash, 'o311_rev', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test'
				WHERE NOT EXISTS (SELECT 1 FROM feedback_open311_key WHERE key_hash = :hash)""")
			.param("hash", ApiKeys.hash(REVOKED))
			.update();
	}

	/** A case: a name, the request for a format, the HTTP status and the codes in the body. */
	record Case(String name, java.util.function.Function<String, MockHttpServletRequestBuilder> request, int status,
			List<Integer> codes) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> cases() {
		List<Case> cases = List.of(get("services of another jurisdiction", "/services", 404, "jurisdiction_id", "x.gov"),
				get("unknown service", "/services/KHONG-CO", 404),
				get("definition in another jurisdiction", "/services/VE-SINH-MOI-TRUONG", 404, "jurisdiction_id", "x.gov"),
				get("unknown token", "/tokens/" + UUID.randomUUID(), 404),
				get("token in another jurisdiction", "/tokens/x", 404, "jurisdiction_id", "x.gov"),
				get("unknown request", "/requests/PA-000101-9999", 404),
				get("request in another jurisdiction", "/requests/PA-000101-9999", 404, "jurisdiction_id", "x.gov"),
				get("requests in another jurisdiction", "/requests", 404, "jurisdiction_id", "x.gov"),
				get("start_date not a datetime", "/requests", 400, "start_date", "27/11/2026"),
				get("end_date not a datetime", "/requests", 400, "end_date", "2026-02-30"),
				get("period over 90 days", "/requests", 400, "start_date", "2026-01-01T00:00:00Z", "end_date",
						"2026-04-02T00:00:00Z"),
				get("end before start", "/requests", 400, "start_date", "2026-03-01", "end_date", "2026-02-01"),
				get("unknown status", "/requests", 400, "status", "pending"),
				get("page not positive", "/requests", 400, "page", "-1"),
				get("unknown path", "/khong-co", 404),
				new Case("wrong method", format -> MockMvcRequestBuilders.delete(Open311Client.V2 + "/services." + format),
						400, List.of(405)),
				post("no api_key", 403, "api_key", null),
				post("unknown api_key", 403, "api_key", "o311_khong-co"),
				post("revoked api_key", 403, "api_key", REVOKED),
				post("another jurisdiction", 404, "jurisdiction_id", "x.gov"),
				post("no service_code", 400, "service_code", null),
				post("unknown service_code", 404, "service_code", "KHONG-CO"),
				post("no location", 400, "lat", null, "long", null),
				post("lat not a number", 400, "lat", "bắc"),
				post("long out of range", 400, "long", "185"),
				post("lat without long", 400, "long", null),
				post("outside the city", 400, "lat", "21.0285", "long", "105.8542"),
				post("description over 4,000 characters", 400, "description", "x".repeat(4001)),
				post("unknown attribute value", 400, "attribute[loai]", "khong-co"),
				post("required attribute missing", 400, "attribute[loai]", null),
				post("two values for a singlevaluelist", 400, "attribute[loai]", List.of("rac-thai", "nuoc-thai")),
				post("media_url not a web link", 400, "media_url", "javascript:alert(1)"),
				post("phone not a mobile number", 400, "phone", "123"),
				post("e-mail not an address", 400, "email", "khong-phai-email"),
				new Case("three wrong parameters", format -> Open311Client.request(format,
						form("service_code", null, "lat", null, "long", null, "email", "x")), 400, List.of(400, 400, 400)));
		return cases.stream()
			.flatMap(c -> Stream.of(Arguments.of(c, "xml"), Arguments.of(c, "json")));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("cases")
	void answersTheSpecifiedStatusAndErrorListInBothLanguages(Case c, String format) throws Exception {
		List<String> vietnamese = errors(c, format, "vi");
		List<String> english = errors(c, format, "en");
		for (int i = 0; i < english.size(); i++) {
			assertThat(english.get(i)).isNotEqualTo(vietnamese.get(i));
		}
	}

	/** The descriptions of the answer, after checking its status and codes. */
	private List<String> errors(Case c, String format, String language) throws Exception {
		ResultActions result = mvc.perform(c.request().apply(format).header("Accept-Language", language));
		List<Integer> codes = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		if (format.equals("xml")) {
			Element errors = Open311Client.xml(result, c.status()).getDocumentElement();
			assertThat(errors.getTagName()).isEqualTo("errors");
			for (Element error : Open311Client.children(errors, "error")) {
				codes.add(Integer.valueOf(Open311Client.text(error, "code")));
				descriptions.add(Open311Client.text(error, "description"));
			}
		}
		else {
			JsonNode errors = Open311Client.json(result, c.status());
			assertThat(errors.isArray()).isTrue();
			for (JsonNode error : errors) {
				assertThat(error.get("code").isInt()).isTrue();
				codes.add(error.get("code").asInt());
				descriptions.add(error.get("description").asString());
			}
		}
		assertThat(codes).isEqualTo(c.codes());
		assertThat(descriptions).allSatisfy(d -> assertThat(d).isNotBlank().doesNotContain("error."));
		return descriptions;
	}

	private static Case get(String name, String path, int status, String... params) {
		return new Case(name, format -> {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(Open311Client.V2 + path + "." + format);
			for (int i = 0; i + 1 < params.length; i += 2) {
				request.param(params[i], params[i + 1]);
			}
			return request;
		}, status, List.of(status));
	}

	/** A valid environmental request with {@code changes} (name, value; null removes the parameter). */
	private static Case post(String name, int status, Object... changes) {
		return new Case(name, format -> Open311Client.request(format, form(changes))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED), status, List.of(status));
	}

	private static Map<String, Object> form(Object... changes) {
		Map<String, Object> form = new LinkedHashMap<>(Open311Client.environment("Phản ánh sai (kiểm thử lỗi)"));
		for (int i = 0; i + 1 < changes.length; i += 2) {
			form.put((String) changes[i], changes[i + 1]);
		}
		form.values().removeIf(v -> v == null);
		return form;
	}
}
