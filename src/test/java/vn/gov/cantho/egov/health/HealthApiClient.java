package vn.gov.cantho.egov.health;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intake API as the demo accounts call it (HTTP Basic, demo password), for integration tests. */
public final class HealthApiClient {

	public static final String PASSWORD = "demo1234";
	/** Cái Khế ward, a commune-level unit of the demo map. */
	public static final String CAI_KHE = "31117";

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	public HealthApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions post(String user, String path, Object body) throws Exception {
		return post(user, path, body, null);
	}

	public ResultActions post(String user, String path, Object body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(as(user, request));
	}

	public ResultActions get(String user, String path) throws Exception {
		return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)));
	}

	private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		request.header("Accept-Language", "en");
		return user == null ? request : request.with(httpBasic(user, PASSWORD));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A venue registration body in Cái Khế with the type's defaults. */
	public static Map<String, Object> venue(String name, String type) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("address", "1 Hòa Bình, Cái Khế (kiểm thử)");
		body.put("unitCode", CAI_KHE);
		body.put("type", type);
		return body;
	}

	/** Registers a venue as {@code health} and answers its QR text. */
	public String newVenueQr(String name) throws Exception {
		return read(post("health", "/api/v1/health/venues", venue(name, "SHOP"))).get("qr").asString();
	}

}
