package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.children;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.codes;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.json;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.text;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xml;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.xmlErrors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.gov.cantho.egov.IntegrationTest;

/** GET /requests and GET /requests/{id}: fields, formats, filters, the period and the limit of 1,000. */
@IntegrationTest
class Open311RequestsTest {

	static final List<String> FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Open311Client open311;

	@BeforeEach
	void client() {
		open311 = new Open311Client(mvc);
	}

	@Test
	void theListShowsTheLastNinetyDaysNewestFirstWithEveryField() throws Exception {
		String older = open311.file(Open311Client.environment("Rác thải chợ Tân An (kiểm thử danh sách)"));
		Map<String, Object> form = Open311Client.environment("Rác thải bến Ninh Kiều (kiểm thử danh sách)");
		form.put("address_id", "31117");
		String newer = open311.file(form);

		JsonNode list = json(open311.get("/requests.json"), 200);
		List<String> ids = ids(list);
		assertThat(ids).contains(older, newer);
		assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
		JsonNode request = list.get(ids.indexOf(newer));
		assertThat(names(request)).containsExactlyElementsOf(FIELDS);
		assertThat(request.get("service_request_id").isString()).isTrue();
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo(Open311Client.ENVIRONMENT);
		assertThat(request.get("service_name").asString()).isEqualTo("Vệ sinh môi trường");
		assertThat(request.get("description").asString()).isEqualTo("Rác thải bến Ninh Kiều (kiểm thử danh sách)");
		assertThat(request.get("agency_responsible").asString()).isNotBlank();
		assertThat(request.get("address_id").asString()).isEqualTo("31117");
		assertThat(request.get("lat").isNumber()).isTrue();
		assertThat(request.get("long").asDouble()).isEqualTo(105.787);
		assertThat(request.get("media_url").isNull()).isTrue();
		for (String time : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
			assertThat(request.get(time).asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		}
		assertThat(Instant.parse(request.get("expected_datetime").asString().replace("+07:00", "Z")))
			.isAfter(Instant.parse(request.get("requested_datetime").asString().replace("+07:00", "Z")));

		Element root = xml(open311.get("/requests.xml"), 200).getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("service_requests");
		Element xmlRequest = children(root, "request").stream()
			.filter(r -> text(r, "service_request_id").equals(newer))
			.findFirst()
			.orElseThrow();
		FIELDS.forEach(field -> assertThat(children(xmlRequest, field)).as(field).hasSize(1));
		assertThat(text(xmlRequest, "status_notes")).isEmpty();
		assertThat(text(xmlRequest, "requested_datetime")).isEqualTo(request.get("requested_datetime").asString());
	}

	@Test
	void oneRequestIsAListOfOne() throws Exception {
		String id = open311.file(Open311Client.environment("Khói bụi công trình (kiểm thử một mục)"));
		JsonNode one = json(open311.get("/requests/" + id + ".json"), 200);
		assertThat(one.isArray()).isTrue();
		assertThat(ids(one)).containsExactly(id);
		assertThat(names(one.get(0))).containsExactlyElementsOf(FIELDS);
		Element root = xml(open311.get("/requests/" + id + ".xml"), 200).getDocumentElement();
		assertThat(children(root, "request")).singleElement().satisfies(r -> assertThat(text(r, "service_request_id")).isEqualTo(id));

		assertThat(codes(json(open311.get("/requests/PA-000101-9999.json"), 404))).containsExactly(404);
		assertThat(xmlErrors(xml(open311.get("/requests/PA-000101-9999.xml"), 404))).singleElement()
			.asString()
			.contains("PA-000101-9999");
	}

	@Test
	void atMostOneThousandRequestsAndThePaginationExtension() throws Exception {
		SeededItems seeded = SeededItems.seed(jdbc, 1005, Open311Client.ENVIRONMENT);

		JsonNode page = json(open311.get("/requests.json", seeded.period()), 200);
		assertThat(page.size()).isEqualTo(1000);
		assertThat(ids(page)).containsExactlyElementsOf(seeded.newestFirst(5, 1005));
		assertThat(children(xml(open311.get("/requests.xml", seeded.period()), 200).getDocumentElement(), "request"))
			.hasSize(1000);

		assertThat(ids(json(open311.get("/requests.json", with(seeded.period(), "page", "2")), 200)))
			.containsExactlyElementsOf(seeded.newestFirst(0, 5));
		assertThat(ids(json(open311.get("/requests.json", with(seeded.period(), "page_size", "10", "page", "3")), 200)))
			.containsExactlyElementsOf(seeded.newestFirst(975, 985));
		assertThat(json(open311.get("/requests.json", with(seeded.period(), "page_size", "5000")), 200).size())
			.isEqualTo(1000);
		assertThat(codes(json(open311.get("/requests.json", "page", "0", "page_size", "x"), 400)))
			.containsExactly(400, 400);
	}

	@Test
	void serviceRequestIdOverridesEveryOtherFilter() throws Exception {
		SeededItems seeded = SeededItems.seed(jdbc, 3, Open311Client.ENVIRONMENT);
		String recent = open311.file(Open311Client.environment("Rác ở hẻm 51 (kiểm thử mã)"));
		String asked = seeded.numbers.get(0) + "," + recent + ", " + seeded.numbers.get(2) + ",PA-000101-9999";
		JsonNode found = json(open311.get("/requests.json", "service_request_id", asked, "status", "closed",
				"service_code", "Y-TE", "start_date", "2001-01-01T00:00:00Z", "end_date", "2001-01-02T00:00:00Z"), 200);
		assertThat(ids(found)).containsExactlyInAnyOrder(seeded.numbers.get(0), recent, seeded.numbers.get(2));
		assertThat(children(xml(open311.get("/requests.xml", "service_request_id", asked, "start_date", "hôm qua"), 200)
			.getDocumentElement(), "request")).hasSize(3);
	}

	@Test
	void filtersByServiceCodeAndStatus() throws Exception {
		SeededItems environment = SeededItems.seed(jdbc, 2, Open311Client.ENVIRONMENT);
		jdbc.update("UPDATE feedback_item SET state = 'RESOLVED', answer = 'Đã xử lý (kiểm thử)', answered_at = updated_at"
				+ " WHERE number = ?", environment.numbers.get(1));
		SeededItems health = SeededItems.seed(jdbc, 1, "Y-TE", environment.at(2));
		String[] period = environment.period();

		assertThat(ids(json(open311.get("/requests.json", period), 200))).containsAll(environment.numbers)
			.containsAll(health.numbers);
		assertThat(ids(json(open311.get("/requests.json", with(period, "service_code",
				Open311Client.ENVIRONMENT + ",KHONG-CO")), 200))).containsExactlyElementsOf(environment.newestFirst(0, 2));
		assertThat(ids(json(open311.get("/requests.json", with(period, "service_code", "Y-TE")), 200)))
			.containsExactlyElementsOf(health.numbers);
		assertThat(ids(json(open311.get("/requests.json", with(period, "status", "open")), 200)))
			.containsExactly(health.last(), environment.numbers.get(0));
		JsonNode closed = json(open311.get("/requests.json", with(period, "status", "closed")), 200);
		assertThat(ids(closed)).containsExactly(environment.numbers.get(1));
		assertThat(closed.get(0).get("status_notes").asString()).isEqualTo("Đã xử lý (kiểm thử)");
		assertThat(ids(json(open311.get("/requests.json", with(period, "status", "open,closed")), 200))).hasSize(3);
	}

	@Test
	void datesAreW3cAndSpanAtMostNinetyDays() throws Exception {
		assertThat(codes(json(open311.get("/requests.json", "start_date", "27/11/2026"), 400))).containsExactly(400);
		assertThat(xmlErrors(xml(open311.get("/requests.xml", "end_date", "mai"), 400))).singleElement()
			.asString()
			.contains("end_date");
		assertThat(codes(json(open311.get("/requests.json", "start_date", "2026-01-01T00:00:00+07:00", "end_date",
				"2026-04-01T00:00:01+07:00"), 400))).containsExactly(400);
		assertThat(xmlErrors(xml(open311.get("/requests.xml", "start_date", "2026-01-01T00:00:00Z", "end_date",
				"2026-06-01T00:00:00Z"), 400))).singleElement().asString().contains("90");
		assertThat(codes(json(open311.get("/requests.json", "start_date", "2026-03-01T00:00:00Z", "end_date",
				"2026-02-01T00:00:00Z"), 400))).containsExactly(400);
		json(open311.get("/requests.json", "start_date", "2026-01-01T00:00:00+07:00", "end_date",
				"2026-04-01T00:00:00+07:00"), 200);
		assertThat(codes(json(open311.get("/requests.json", "start_date", "x", "end_date", "y", "status", "done"), 400)))
			.containsExactly(400, 400, 400);
	}

	@Test
	void aPeriodGivenByOneEndRunsNinetyDaysFromIt() throws Exception {
		SeededItems seeded = SeededItems.seed(jdbc, 1, Open311Client.ENVIRONMENT);
		String dayBefore = Open311Output.W3C.format(seeded.first.minus(Duration.ofDays(1)));
		String dayAfter = Open311Output.W3C.format(seeded.first.plus(Duration.ofDays(1)));
		assertThat(ids(json(open311.get("/requests.json", "start_date", dayBefore), 200))).contains(seeded.last());
		assertThat(ids(json(open311.get("/requests.json", "end_date", dayAfter), 200))).contains(seeded.last());
		assertThat(ids(json(open311.get("/requests.json", "start_date", Open311Output.W3C.format(seeded.first
			.minus(Duration.ofDays(91)))), 200))).doesNotContain(seeded.last());
		assertThat(ids(json(open311.get("/requests.json"), 200))).doesNotContain(seeded.last());
	}

	static String[] with(String[] params, String... more) {
		String[] all = java.util.Arrays.copyOf(params, params.length + more.length);
		System.arraycopy(more, 0, all, params.length, more.length);
		return all;
	}

	static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(r -> ids.add(r.get("service_request_id").asString()));
		return ids;
	}

	static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}
}
