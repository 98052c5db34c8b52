package vn.gov.cantho.egov.feedback.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.HistoryStep;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.feedback.PublicFeedback;
import vn.gov.cantho.egov.feedback.PublicFeedbackPage;
import vn.gov.cantho.egov.feedback.PublicQuery;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * The public page's search: answered items the reporter let be published, newest answer first. Text is matched on
 * the folded copy: on PostgreSQL by full-text search over whole words, served by a GIN index restricted to public
 * answered items (V95), whose statistics keep the planner right (prefixes would not); elsewhere by LIKE per word. An area is a unit and every unit below it on
 * today's map. Totals are counted up to {@value #COUNT_CAP}, beyond which the page says the total is capped. Photos
 * and notes of a page come in one query each.
 */
@Component
class PublicSearch {

	static final int COUNT_CAP = 1000;
	static final int MAX_WORDS = 8;
	private static final String COLUMNS = """
			SELECT id, number, channel, state, title, description, field_code, agency_code, address, unit_code, latitude,
			    longitude, created_at, due_at, answer, answered_at, reject_reason, merged_into
			FROM feedback_item""";
	static final String PUBLIC = " WHERE public_allowed = TRUE AND state IN ('RESOLVED', 'CLOSED')";

	private final JdbcClient jdbc;
	private final AdministrativeMap map;
	private final Clock clock;
	private final boolean postgres;

	PublicSearch(JdbcClient jdbc, AdministrativeMap map, Clock clock, DataSource dataSource) {
		this.jdbc = jdbc;
		this.map = map;
		this.clock = clock;
		this.postgres = NumberSequence.isPostgres(dataSource);
	}

	private record Row(long id, PublicFeedback item) {
	}

	PublicFeedbackPage search(PublicQuery q) {
		int size = ItemQueries.size(q.size());
		int page = Math.max(0, q.page());
		StringBuilder where = new StringBuilder(PUBLIC);
		Map<String, Object> params = new HashMap<>();
		text(q.text(), where, params);
		if (q.fieldCode() != null && !q.fieldCode().isBlank()) {
			where.append(" AND field_code = :field");
			params.put("field", q.fieldCode().trim());
		}
		if (q.unitCode() != null && !q.unitCode().isBlank()) {
			where.append(" AND unit_code IN (:units)");
			params.put("units", area(q.unitCode().trim()));
		}
		long counted = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM feedback_item" + where + " LIMIT "
				+ (COUNT_CAP + 1) + ") capped").params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Row> rows = counted == 0 ? List.of()
				: jdbc.sql(pageQuery(where.toString(), params.containsKey("query") && counted <= COUNT_CAP))
					.params(params)
					.query(PublicSearch::row)
					.list();
		return new PublicFeedbackPage(complete(rows), page, size, Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
	}

	/**
	 * The page. Walking the newest answers and testing each against the words is fastest when many items match; when
	 * few do (the count just taken says so) that walk may cross the whole table before finding them, while the
	 * planner cannot tell the two apart for a rare word: the few matches are then taken from the text index first.
	 */
	private static String pageQuery(String where, boolean fewTextMatches) {
		String order = " ORDER BY answered_at DESC, id DESC LIMIT :limit OFFSET :offset";
		if (!fewTextMatches) {
			return COLUMNS + where + order;
		}
		return "WITH matches AS MATERIALIZED (SELECT id, answered_at FROM feedback_item" + where + "), "
				+ "chosen AS (SELECT id FROM matches" + order + ") " + COLUMNS
				+ " WHERE id IN (SELECT id FROM chosen) ORDER BY answered_at DESC, id DESC";
	}

	private void text(String raw, StringBuilder where, Map<String, Object> params) {
		List<String> words = new ArrayList<>();
		for (String w : TextFolding.fold(raw).split("[^a-z0-9]+")) {
			if (!w.isEmpty() && words.size() < MAX_WORDS) {
				words.add(w);
			}
		}
		if (words.isEmpty()) {
			return;
		}
		if (postgres) {
			where.append(" AND to_tsvector('simple', search_folded) @@ to_tsquery('simple', :query)");
			params.put("query", String.join(" & ", words));
			return;
		}
		for (int i = 0; i < words.size(); i++) {
			where.append(" AND search_folded LIKE :w").append(i);
			params.put("w" + i, "%" + words.get(i) + "%");
		}
	}

	/** {@code unitCode} and every unit below it today. */
	Set<String> area(String unitCode) {
		LocalDate today = LocalDate.now(clock);
		Set<String> units = new LinkedHashSet<>();
		List<String> frontier = List.of(unitCode);
		units.add(unitCode);
		for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
			List<String> next = new ArrayList<>();
			for (String parent : frontier) {
				for (AdminUnitView child : map.children(parent, today)) {
					if (units.add(child.code())) {
						next.add(child.code());
					}
				}
			}
			frontier = next;
		}
		return units;
	}

	/** Photos (approved) and public notes of the page's items, one query each. */
	private List<PublicFeedback> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<PhotoView>> photos = jdbc.sql("""
				SELECT item_id, id, filename, media_type, size, width, height, approved FROM feedback_photo
				WHERE item_id IN (:ids) AND approved = TRUE ORDER BY uploaded_at, id""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("item_id"), new PhotoView(rs.getString("id"),
					rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"), rs.getInt("width"),
					rs.getInt("height"), true)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<HistoryStep>> notes = jdbc.sql("""
				SELECT item_id, occurred_at, action, from_state, to_state, NULL AS actor, NULL AS actor_name,
				    agency_code, comment, public_note
				FROM feedback_step WHERE item_id IN (:ids) AND public_note = TRUE ORDER BY occurred_at, id""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("item_id"), Steps.step(rs, n)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream().map(r -> {
			PublicFeedback p = r.item();
			return new PublicFeedback(p.number(), p.channel(), p.state(), p.title(), p.description(), p.fieldCode(),
					p.agencyCode(), p.address(), p.unitCode(), p.latitude(), p.longitude(),
					photos.getOrDefault(r.id(), List.of()), p.createdAt(), p.dueAt(), p.answer(), p.answeredAt(),
					p.rejectReason(), p.mergedInto(), notes.getOrDefault(r.id(), List.of()));
		}).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("reject_reason");
		return new Row(rs.getLong("id"), new PublicFeedback(rs.getString("number"),
				FeedbackChannel.valueOf(rs.getString("channel")), FeedbackState.valueOf(rs.getString("state")),
				rs.getString("title"), rs.getString("description"), rs.getString("field_code"),
				rs.getString("agency_code"), rs.getString("address"), rs.getString("unit_code"),
				(Double) rs.getObject("latitude", Double.class), (Double) rs.getObject("longitude", Double.class),
				List.of(), ItemViews.instant(rs, "created_at"), ItemViews.instant(rs, "due_at"),
				rs.getString("answer"), ItemViews.instant(rs, "answered_at"),
				reason == null ? null : RejectReason.valueOf(reason), rs.getString("merged_into"), List.of()));
	}
}
