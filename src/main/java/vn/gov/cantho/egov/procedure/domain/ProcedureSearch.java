package vn.gov.cantho.egov.procedure.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.procedure.ProcedureQuery;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Finds procedures by words and filters. Each word of the text must occur, without accents, in the Vietnamese name,
 * the English name or the code, so {@code ho chieu}, {@code passport} and {@code 1.001456} all find the passport.
 */
@Component
class ProcedureSearch {

	/** More words than this add nothing but cost; the rest are ignored. */
	static final int MAX_WORDS = 8;

	private final JdbcClient jdbc;
	private final ProcedureRows rows;

	ProcedureSearch(JdbcClient jdbc, ProcedureRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** One page of matches and their count; inactive procedures only when {@code includeInactive}. */
	Found search(ProcedureQuery query, boolean includeInactive) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, includeInactive, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM procedure_definition p" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("size", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<ProcedureRecord> page = total == 0 ? List.of()
				: rows.records(ProcedureRows.COLUMNS + where
						+ " ORDER BY p.name_vi_folded, p.code LIMIT :size OFFSET :offset", params);
		return new Found(page, total);
	}

	private static String where(ProcedureQuery query, boolean includeInactive, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (!includeInactive) {
			conditions.add("p.active = TRUE");
		}
		equal(conditions, params, "p.field_code", "field", query.fieldCode());
		equal(conditions, params, "p.agency_code", "agency", query.agencyCode());
		equal(conditions, params, "p.procedure_level", "level", query.level() == null ? null : query.level().name());
		equal(conditions, params, "p.online_mode", "online",
				query.onlineMode() == null ? null : query.onlineMode().name());
		List<String> words = words(query.text());
		for (int i = 0; i < words.size(); i++) {
			String name = "w" + i;
			conditions.add("(p.name_vi_folded LIKE :%1$s ESCAPE '\\' OR p.name_en_folded LIKE :%1$s ESCAPE '\\'"
				.formatted(name) + " OR LOWER(p.code) LIKE :%s ESCAPE '\\')".formatted(name));
			params.put(name, "%" + words.get(i) + "%");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** The folded words of the text with the LIKE wildcards escaped. */
	static List<String> words(String text) {
		String folded = TextFolding.fold(text);
		if (folded.isEmpty()) {
			return List.of();
		}
		return java.util.Arrays.stream(folded.split(" "))
			.distinct()
			.limit(MAX_WORDS)
			.map(w -> w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.toList();
	}

	private static void equal(List<String> conditions, Map<String, Object> params, String column, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			conditions.add(column + " = :" + name);
			params.put(name, value.trim());
		}
	}

	record Found(List<ProcedureRecord> records, long total) {
	}
}
