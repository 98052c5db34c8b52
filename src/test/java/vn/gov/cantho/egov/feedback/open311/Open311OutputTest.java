package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The same calls give an XML document and its JSON by the Spark convention. */
class Open311OutputTest {

	static void sample(Open311Output out) throws Exception {
		out.startList("service_requests", "request");
		out.startItem();
		out.string("service_request_id", "PA-261127-0001");
		out.string("status_notes", null);
		out.string("description", "Ổ gà <b>sâu</b> & nguy hiểm\u0001\u0007 đường 3/2");
		out.number("lat", 10.0341);
		out.number("long", null);
		out.bool("metadata", true);
		out.integer("order", 2);
		out.time("requested_datetime", Instant.parse("2026-11-27T01:15:30Z"));
		out.startObject("extended_attributes");
		out.startList("photos", "photo");
		out.startItem();
		out.integer("width", 640);
		out.endItem();
		out.endList();
		out.endObject();
		out.startList("formats", "format");
		out.value("text/xml");
		out.value("application/json");
		out.endList();
		out.endItem();
		out.endList();
		out.close();
	}

	@Test
	void xmlStartsWithTheDeclarationAndNestsLists() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		sample(new XmlOutput(bytes));
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

		Document xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(bytes.toByteArray()));
		Element root = xml.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("service_requests");
		Element request = (Element) root.getElementsByTagName("request").item(0);
		assertThat(text(request, "service_request_id")).isEqualTo("PA-261127-0001");
		assertThat(text(request, "status_notes")).isEmpty();
		assertThat(text(request, "description")).isEqualTo("Ổ gà <b>sâu</b> & nguy hiểm đường 3/2");
		assertThat(text(request, "lat")).isEqualTo("10.0341");
		assertThat(text(request, "requested_datetime")).isEqualTo("2026-11-27T08:15:30+07:00");
		assertThat(text(request, "width")).isEqualTo("640");
		assertThat(request.getElementsByTagName("format").getLength()).isEqualTo(2);
		assertThat(((Element) request.getElementsByTagName("photos").item(0)).getElementsByTagName("photo")
			.getLength()).isEqualTo(1);
	}

	@Test
	void jsonListsAreArraysAndEmptyIsNull() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		sample(new JsonOutput(bytes));
		JsonNode json = JsonMapper.builder().build().readTree(bytes.toByteArray());

		assertThat(json.isArray()).isTrue();
		JsonNode request = json.get(0);
		assertThat(request.get("service_request_id").isString()).isTrue();
		assertThat(request.get("status_notes").isNull()).isTrue();
		assertThat(request.get("long").isNull()).isTrue();
		assertThat(request.get("lat").isNumber()).isTrue();
		assertThat(request.get("metadata").isBoolean()).isTrue();
		assertThat(request.get("order").asInt()).isEqualTo(2);
		assertThat(request.get("description").asString()).contains("\u0001");
		assertThat(request.get("extended_attributes").get("photos").get(0).get("width").asInt()).isEqualTo(640);
		assertThat(request.get("formats").get(1).asString()).isEqualTo("application/json");
	}

	@Test
	void onlyCharactersXmlCannotCarryAreLeftOut() {
		assertThat(XmlOutput.printable("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
		assertThat(XmlOutput.printable("\u0000x\u001fy\uFFFE")).isEqualTo("xy");
		assertThat(XmlOutput.printable("Cần Thơ 😀")).isEqualTo("Cần Thơ 😀");
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent();
	}
}
