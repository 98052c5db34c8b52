package vn.gov.cantho.egov.feedback.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;

/** Reads the whole field configuration (rows, views with their questions, routing) for {@link FieldConfiguration}. */
@Component
class FieldRows {

	private final JdbcClient jdbc;
	private final FieldCatalogue catalogue;

	FieldRows(JdbcClient jdbc, FieldCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	record Row(String code, int deadlineDays, String defaultAgency, String type, String keywords, String group,
			boolean active) {
	}

	/** Every field row in display order with its view, and the routing per field, read at {@code loadedAt}. */
	record Snapshot(Map<String, Row> rows, Map<String, FeedbackFieldView> views,
			Map<String, Map<String, String>> routing, long loadedAt) {
	}

	Snapshot load() {
		long at = System.nanoTime();
		Map<String, Row> rows = new LinkedHashMap<>();
		rows("", Map.of()).forEach(r -> rows.put(r.code(), r));
		Map<String, FeedbackFieldView> views = new HashMap<>();
		Map<String, Map<String, String>> routing = new HashMap<>();
		for (Row r : rows.values()) {
			views.put(r.code(), view(r));
			routing.put(r.code(), Map.copyOf(routing(r.code())));
		}
		return new Snapshot(rows, views, routing, at);
	}

	private List<Row> rows(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT field_code, deadline_days, default_agency, open311_type, keywords, group_name, active "
				+ "FROM feedback_field" + where + " ORDER BY sort_order, field_code")
			.params(params)
			.query((rs, n) -> new Row(rs.getString("field_code"), rs.getInt("deadline_days"),
					rs.getString("default_agency"), rs.getString("open311_type"), rs.getString("keywords"),
					rs.getString("group_name"), rs.getBoolean("active")))
			.list();
	}

	Map<String, String> routing(String fieldCode) {
		Map<String, String> routing = new HashMap<>();
		jdbc.sql("SELECT unit_code, agency_code FROM feedback_routing WHERE field_code = :code")
			.param("code", fieldCode)
			.query((rs, n) -> Map.entry(rs.getString("unit_code"), rs.getString("agency_code")))
			.list()
			.forEach(e -> routing.put(e.getKey(), e.getValue()));
		return routing;
	}

	private FeedbackFieldView view(Row r) {
		FieldView names = catalogue.field(r.code()).orElse(new FieldView(r.code(), r.code(), r.code()));
		return new FeedbackFieldView(r.code(), names.name(), names.nameEn(), r.deadlineDays(), r.defaultAgency(),
				r.type(), r.keywords(), r.group(), attributes(r.code()));
	}

	private List<FieldAttribute> attributes(String fieldCode) {
		Map<String, List<AttributeValue>> values = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT attribute_code, value_key, name_vi, name_en FROM feedback_field_attribute_value
				WHERE field_code = :code ORDER BY attribute_code, sort_order""")
			.param("code", fieldCode)
			.query((rs, n) -> Map.entry(rs.getString("attribute_code"),
					new AttributeValue(rs.getString("value_key"), rs.getString("name_vi"), rs.getString("name_en"))))
			.list()
			.forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				SELECT code, datatype, required, description_vi, description_en, sort_order FROM feedback_field_attribute
				WHERE field_code = :code ORDER BY sort_order, code""")
			.param("code", fieldCode)
			.query((rs, n) -> new FieldAttribute(rs.getString("code"), rs.getString("datatype"),
					rs.getBoolean("required"), rs.getString("description_vi"), rs.getString("description_en"),
					rs.getInt("sort_order"), List.copyOf(values.getOrDefault(rs.getString("code"), List.of()))))
			.list();
	}
}
