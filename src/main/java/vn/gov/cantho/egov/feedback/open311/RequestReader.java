package vn.gov.cantho.egov.feedback.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Full;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Note;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Photo;

/**
 * Reads published requests straight from the feedback tables: one statement for the requests (V90's index on
 * created_at serves it: the newest thousand of a period are read in about a millisecond among a million items), then
 * one for the approved photos and one for the public notes of all of them, never one per request. Published means:
 * the reporter allowed publication, the item is classified (it has a service), and it was not rejected as spam. The
 * reporter's columns are never selected.
 */
@Component
class RequestReader {

	private static final String COLUMNS = """
			SELECT id, number, state, reject_reason, field_code, description, agency_code, channel, created_at,
			       updated_at, answered_at, closed_at, due_at, address, unit_code, latitude, longitude, answer,
			       merged_into, reopen_count
			FROM feedback_item
			WHERE public_allowed = TRUE AND field_code IS NOT NULL
			  AND (reject_reason IS NULL OR reject_reason <> 'SPAM')""";

	private final JdbcClient jdbc;

	RequestReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Full> find(RequestFilter filter) {
		List<PublicRequest> requests = filter.byNumbers() ? byNumbers(filter.numbers()) : inPeriod(filter);
		return complete(requests, filter.extensions());
	}

	Optional<Full> one(String number, boolean extensions) {
		return complete(byNumbers(List.of(number)), extensions).stream().findFirst();
	}

	/** The number of the item filed with this batch token, published or not: the token proves it was the caller's. */
	Optional<String> numberOfToken(String token) {
		return jdbc.sql("SELECT number FROM feedback_item WHERE token = :token")
			.param("token", token)
			.query(String.class)
			.optional();
	}

	private List<PublicRequest> byNumbers(List<String> numbers) {
		return jdbc.sql(COLUMNS + " AND number IN (:numbers) ORDER BY created_at DESC, id DESC")
			.param("numbers", numbers)
			.query(RequestReader::request)
			.list();
	}

	private List<PublicRequest> inPeriod(RequestFilter filter) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" AND created_at >= :from AND created_at <= :to");
		Map<String, Object> values = new HashMap<>();
		values.put("from", OffsetDateTime.ofInstant(filter.from(), Open311Output.W3C.getZone()));
		values.put("to", OffsetDateTime.ofInstant(filter.to(), Open311Output.W3C.getZone()));
		if (!filter.serviceCodes().isEmpty()) {
			sql.append(" AND field_code IN (:codes)");
			values.put("codes", filter.serviceCodes());
		}
		if (!filter.states().isEmpty()) {
			sql.append(" AND state IN (:states)");
			values.put("states", filter.states().stream().map(Enum::name).toList());
		}
		sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
		values.put("limit", filter.limit());
		values.put("offset", filter.offset());
		return jdbc.sql(sql.toString()).params(values).query(RequestReader::request).list();
	}

	private List<Full> complete(List<PublicRequest> requests, boolean extensions) {
		if (requests.isEmpty()) {
			return List.of();
		}
		List<Long> ids = requests.stream().map(PublicRequest::id).toList();
		// The feedback module serves approved photos of answered items to the public, so only those are linked.
		List<Long> answered = requests.stream().filter(r -> r.state().answered()).map(PublicRequest::id).toList();
		Map<Long, List<Photo>> photos = new HashMap<>();
		if (!answered.isEmpty()) {
			jdbc.sql("""
					SELECT item_id, id, width, height, uploaded_at FROM feedback_photo
					WHERE approved = TRUE AND item_id IN (:ids) ORDER BY item_id, uploaded_at, id""")
				.param("ids", answered)
				.query(rs -> {
					photos.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>())
						.add(new Photo(rs.getString("id"), rs.getInt("width"), rs.getInt("height"),
								instant(rs, "uploaded_at")));
				});
		}
		Map<Long, List<Note>> notes = new HashMap<>();
		if (extensions) {
			jdbc.sql("""
					SELECT item_id, occurred_at, action, comment FROM feedback_step
					WHERE public_note = TRUE AND item_id IN (:ids) ORDER BY item_id, occurred_at, id""")
				.param("ids", ids)
				.query(rs -> {
					String action = rs.getString("action");
					notes.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>())
						.add(new Note(instant(rs, "occurred_at"), action == null ? null : FeedbackAction.valueOf(action),
								rs.getString("comment")));
				});
		}
		return requests.stream()
			.map(r -> new Full(r, photos.getOrDefault(r.id(), List.of()), notes.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static PublicRequest request(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reject_reason");
		return new PublicRequest(rs.getLong("id"), rs.getString("number"), FeedbackState.valueOf(rs.getString("state")),
				reason == null ? null : RejectReason.valueOf(reason), rs.getString("field_code"),
				rs.getString("description"), rs.getString("agency_code"), rs.getString("channel"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "answered_at"),
				instant(rs, "closed_at"), instant(rs, "due_at"), rs.getString("address"), rs.getString("unit_code"),
				nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude"), rs.getString("answer"),
				rs.getString("merged_into"), rs.getInt("reopen_count"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}
}
