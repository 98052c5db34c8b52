package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.children;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.codes;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.json;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.text;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xml;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xmlErrors;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;

/** Discovery, the service list and service definitions, in both formats, with their errors. */
@IntegrationTest
class Open311DiscoveryServicesTest {

	@Autowired
	MockMvc mvc;

	Open311Client open311;

	@BeforeEach
	void client() {
		open311 = new Open311Client(mvc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/open311/discovery", "/open311/v2/discovery" })
	void discoveryInBothFormats(String path) throws Exception {
		Element discovery = xml(open311.raw(path + ".xml"), 200).getDocumentElement();
		assertThat(discovery.getTagName()).isEqualTo("discovery");
		assertThat(text(discovery, "changeset")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		assertThat(text(discovery, "contact")).contains("1022");
		assertThat(text(discovery, "key_service")).contains("api_key");
		Element endpoint = children(children(discovery, "endpoints").get(0), "endpoint").get(0);
		assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(text(endpoint, "url")).endsWith("/open311/v2");
		assertThat(text(endpoint, "type")).isEqualTo("test");
		assertThat(children(children(endpoint, "formats").get(0), "format")).extracting(Element::getTextContent)
			.containsExactly("text/xml", "application/json");

		JsonNode json = json(open311.raw(path + ".json"), 200);
		assertThat(json.isObject()).isTrue();
		assertThat(json.get("changeset").asString()).isEqualTo(text(discovery, "changeset"));
		assertThat(json.get("endpoints").get(0).get("formats").get(1).asString()).isEqualTo("application/json");
		assertThat(json.get("endpoints").get(0).get("url").asString()).startsWith("http").endsWith("/open311/v2");
	}

	@Test
	void servicesListTheActiveFieldsWithTheirType() throws Exception {
		JsonNode services = json(open311.get("/services.json"), 200);
		assertThat(services.isArray()).isTrue();
		JsonNode environment = find(services, Open311Client.ENVIRONMENT);
		assertThat(environment.get("service_name").asString()).isEqualTo("Vệ sinh môi trường");
		assertThat(environment.get("metadata").asBoolean()).isTrue();
		assertThat(environment.get("type").asString()).isEqualTo("realtime");
		assertThat(environment.get("description").asString()).contains("7");
		assertThat(environment.get("keywords").isString()).isTrue();
		assertThat(environment.get("group").asString()).isEqualTo("Môi trường");
		JsonNode batch = find(services, Open311Client.PUBLIC_SERVICES);
		assertThat(batch.get("type").asString()).isEqualTo("batch");
		assertThat(batch.get("metadata").asBoolean()).isFalse();

		Document xml = xml(open311.get("/services.xml"), 200);
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
		List<String> codes = new ArrayList<>();
		for (Element service : children(xml.getDocumentElement(), "service")) {
			codes.add(text(service, "service_code"));
			List.of("service_name", "description", "metadata", "type", "keywords", "group")
				.forEach(field -> assertThat(children(service, field)).hasSize(1));
		}
		assertThat(codes).hasSize(services.size()).contains(Open311Client.ENVIRONMENT, Open311Client.PUBLIC_SERVICES);
	}

	@Test
	void servicesInEnglishByHeaderOrParameter() throws Exception {
		assertThat(find(json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get(Open311Client.V2 + "/services.json")
			.header("Accept-Language", "en")), 200), Open311Client.ENVIRONMENT).get("service_name").asString())
			.isNotEqualTo("Vệ sinh môi trường");
		var asked = open311.get("/services.json", "lang", "en");
		JsonNode english = find(json(asked, 200), Open311Client.ENVIRONMENT);
		assertThat(english.get("description").asString()).contains("working days");
		assertThat(asked.andReturn().getResponse().getHeaders("Set-Cookie")).as("no cookie from an API").isEmpty();
		assertThat(find(json(open311.get("/services.json"), 200), Open311Client.ENVIRONMENT).get("description")
			.asString()).contains("ngày làm việc");
	}

	@Test
	void definitionHasTheAttributesAndTheirValues() throws Exception {
		JsonNode definition = json(open311.get("/services/" + Open311Client.ENVIRONMENT + ".json"), 200);
		assertThat(definition.get("service_code").asString()).isEqualTo(Open311Client.ENVIRONMENT);
		JsonNode attribute = definition.get("attributes").get(0);
		assertThat(attribute.get("variable").asBoolean()).isTrue();
		assertThat(attribute.get("code").asString()).isEqualTo("loai");
		assertThat(attribute.get("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(attribute.get("required").asBoolean()).isTrue();
		assertThat(attribute.get("datatype_description").asString()).isNotBlank();
		assertThat(attribute.get("order").asInt()).isEqualTo(1);
		assertThat(attribute.get("description").asString()).isEqualTo("Loại vấn đề môi trường");
		assertThat(attribute.get("values").get(0).get("key").asString()).isEqualTo("rac-thai");
		assertThat(attribute.get("values").get(0).get("name").asString()).isEqualTo("Rác thải");

		Element xmlDefinition = xml(open311.get("/services/" + Open311Client.ENVIRONMENT + ".xml", "lang", "en"), 200)
			.getDocumentElement();
		assertThat(xmlDefinition.getTagName()).isEqualTo("service_definition");
		Element xmlAttribute = children(children(xmlDefinition, "attributes").get(0), "attribute").get(0);
		assertThat(text(xmlAttribute, "description")).isEqualTo("Kind of environmental problem");
		List<Element> values = children(children(xmlAttribute, "values").get(0), "value");
		assertThat(values).extracting(v -> text(v, "key")).contains("rac-thai", "nuoc-thai");
		assertThat(values).extracting(v -> text(v, "name")).contains("Waste");
	}

	@Test
	void aServiceWithoutAttributesHasAnEmptyDefinition() throws Exception {
		JsonNode definition = json(open311.get("/services/" + Open311Client.PUBLIC_SERVICES + ".json"), 200);
		assertThat(definition.get("attributes").isArray()).isTrue();
		assertThat(definition.get("attributes").isEmpty()).isTrue();
	}

	@Test
	void unknownServiceIsNotFoundInBothFormats() throws Exception {
		assertThat(codes(json(open311.get("/services/KHONG-CO.json"), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.get("/services/KHONG-CO.xml"), 404))).singleElement()
			.asString()
			.contains("KHONG-CO");
	}

	@Test
	void jurisdictionOfThisCityEmptyOrAbsentIsServedAnyOtherIsNotFound() throws Exception {
		json(open311.get("/services.json", "jurisdiction_id", "cantho.gov.vn"), 200);
		json(open311.get("/services.json", "jurisdiction_id", ""), 200);
		assertThat(codes(json(open311.get("/services.json", "jurisdiction_id", "sfgov.org"), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.get("/services/" + Open311Client.ENVIRONMENT + ".xml", "jurisdiction_id",
				"sfgov.org"), 404))).singleElement().asString().contains("sfgov.org");
		assertThat(codes(json(open311.get("/requests.json", "jurisdiction_id", "sfgov.org"), 404))).containsExactly(404);
		assertThat(codes(json(open311.get("/tokens/x.json", "jurisdiction_id", "sfgov.org"), 404))).containsExactly(404);
	}

	@Test
	void unknownFormatOrPathIsAnOpen311ErrorNotAProblemDetail() throws Exception {
		assertThat(xmlErrors(xml(open311.get("/services.html"), 404))).singleElement().asString().contains("html");
		assertThat(xmlErrors(xml(open311.get("/requests.csv"), 404))).hasSize(1);
		assertThat(xmlErrors(xml(open311.get("/khong-co.xml"), 404))).hasSize(1);
		assertThat(codes(json(open311.get("/khong-co/gi.json"), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.raw("/open311/v2"), 404))).hasSize(1);
		assertThat(codes(json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(Open311Client.V2 + "/services.json")), 400))).containsExactly(405);
	}

	private static JsonNode find(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (service.get("service_code").asString().equals(code)) {
				return service;
			}
		}
		throw new AssertionError("no service " + code + " in " + services);
	}
}
