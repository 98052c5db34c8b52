package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.feedback.FeedbackApiClient;

/**
 * Open311 as a client calls it, for integration tests: form posts, both formats, answers parsed with a real XML
 * parser and a JSON parser, and the checks every answer must pass (content type, XML declaration).
 */
final class Open311Client {

	static final String V2 = "/open311/v2";
	static final String DEMO_KEY = "demo-open311-key";
	static final String ENVIRONMENT = "VE-SINH-MOI-TRUONG";
	static final String PUBLIC_SERVICES = "DICH-VU-CONG";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	Open311Client(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A valid request for the environmental service in Cái Khế, from a reporter with a fresh phone. */
	static Map<String, Object> environment(String description) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("api_key", DEMO_KEY);
		form.put("service_code", ENVIRONMENT);
		form.put("lat", String.valueOf(FeedbackApiClient.CAI_KHE_LAT));
		form.put("long", String.valueOf(FeedbackApiClient.CAI_KHE_LON));
		form.put("description", description);
		form.put("attribute[loai]", "rac-thai");
		form.put("phone", FeedbackApiClient.freshPhone());
		return form;
	}

	ResultActions get(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(V2 + path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	/** A form post; a list value sends the parameter once per element. */
	ResultActions post(String format, Map<String, Object> form) throws Exception {
		return mvc.perform(request(format, form));
	}

	static MockHttpServletRequestBuilder request(String format, Map<String, Object> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(V2 + "/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		form.forEach((name, value) -> {
			if (value instanceof List<?> values) {
				values.forEach(v -> request.param(name, String.valueOf(v)));
			}
			else if (value != null) {
				request.param(name, String.valueOf(value));
			}
		});
		return request;
	}

	/** Files the request in JSON and returns its service_request_id. */
	String file(Map<String, Object> form) throws Exception {
		JsonNode answer = json(post("json", form), 200);
		assertThat(answer.get(0).get("service_request_id").isString()).isTrue();
		return answer.get(0).get("service_request_id").asString();
	}

	static JsonNode json(ResultActions result, int status) throws Exception {
		MockHttpServletResponse response = result.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("application/json; charset=utf-8"));
		return JSON.readTree(response.getContentAsByteArray());
	}

	static Document xml(ResultActions result, int status) throws Exception {
		MockHttpServletResponse response = result.andReturn().getResponse();
		String text = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(status);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/xml; charset=utf-8"));
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	/** The codes of a JSON error list. */
	static List<Integer> codes(JsonNode errors) {
		List<Integer> codes = new ArrayList<>();
		errors.forEach(error -> {
			assertThat(error.get("description").asString()).isNotBlank();
			codes.add(error.get("code").asInt());
		});
		return codes;
	}

	/** The descriptions of an XML error list, checking its shape. */
	static List<String> xmlErrors(Document xml) {
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
		List<String> descriptions = new ArrayList<>();
		for (Element error : children(xml.getDocumentElement(), "error")) {
			assertThat(text(error, "code")).matches("\\d{3}");
			descriptions.add(text(error, "description"));
		}
		return descriptions;
	}

	static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
				found.add(e);
			}
		}
		return found;
	}

	/** The text of the direct child {@code tag}; fails when it is not there. */
	static String text(Element parent, String tag) {
		List<Element> found = children(parent, tag);
		assertThat(found).as("<" + tag + "> in <" + parent.getTagName() + ">").hasSize(1);
		Node node = found.get(0);
		return node.getTextContent();
	}

	/** A GET without a helper, for paths outside the v2 endpoint. */
	ResultActions raw(String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path));
	}
}
