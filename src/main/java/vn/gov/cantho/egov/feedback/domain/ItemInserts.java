package vn.gov.cantho.egov.feedback.domain;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes new items with one fixed statement (the intake path is measured: generic saves render their SQL anew on every
 * call), and their answers to the field's extra questions. Updates go through the repository.
 */
@Component
class ItemInserts {

	private static final String INSERT = """
			INSERT INTO feedback_item (number, channel, state, title, description, search_folded, field_code,
			    agency_code, unit_code, latitude, longitude, address, reporter_name, reporter_phone, reporter_email,
			    reporter_account, reporter_external_id, public_allowed, language, submitted_by, idempotency_key,
			    token, created_at, updated_at, due_at, reopen_count, version)
			VALUES (:number, :channel, :state, :title, :description, :searchFolded, :fieldCode, :agencyCode,
			    :unitCode, :latitude, :longitude, :address, :reporterName, :reporterPhone, :reporterEmail,
			    :reporterAccount, :reporterExternalId, :publicAllowed, :language, :submittedBy, :idempotencyKey,
			    :token, :createdAt, :updatedAt, :dueAt, 0, 0)""";

	private final JdbcClient jdbc;

	ItemInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FeedbackItem item) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT).params(item.columns()).update(keys, "id");
		item.inserted(keys.getKeyAs(Number.class).longValue());
	}

	void attributes(long itemId, Map<String, List<String>> answers) {
		answers.forEach((code, values) -> values.forEach(value -> jdbc.sql("""
				INSERT INTO feedback_item_attribute (item_id, attribute_code, attribute_value) VALUES (:item, :code, :value)""")
			.param("item", itemId)
			.param("code", code)
			.param("value", value)
			.update()));
	}

	Map<String, List<String>> attributesOf(long itemId) {
		Map<String, List<String>> answers = new java.util.TreeMap<>();
		jdbc.sql("SELECT attribute_code, attribute_value FROM feedback_item_attribute WHERE item_id = :item")
			.param("item", itemId)
			.query((rs, n) -> Map.entry(rs.getString("attribute_code"), rs.getString("attribute_value")))
			.list()
			.forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return answers;
	}
}
