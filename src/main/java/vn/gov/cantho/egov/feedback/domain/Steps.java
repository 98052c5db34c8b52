package vn.gov.cantho.egov.feedback.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.HistoryStep;

/**
 * The steps of each item, appended in the transaction of the change they record and never rewritten. Public notes
 * (answers, rejections, merges, reopening) are what the public and Open311 see, without who wrote them.
 */
@Component
class Steps {

	static final int MAX_COMMENT = 4000;

	private final JdbcClient jdbc;

	Steps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code action} is null for the filing itself and for messages appended to a conversation. */
	void append(long itemId, Instant at, FeedbackAction action, FeedbackState from, FeedbackState to, String actor,
			String actorName, String agencyCode, String comment, boolean publicNote) {
		jdbc.sql("""
				INSERT INTO feedback_step (item_id, occurred_at, action, from_state, to_state, actor, actor_name,
				    agency_code, comment, public_note)
				VALUES (:item, :at, :action, :from, :to, :actor, :name, :agency, :comment, :public)""")
			.param("item", itemId)
			.param("at", Times.utc(at))
			.param("action", action == null ? null : action.name())
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("name", actorName)
			.param("agency", agencyCode)
			.param("comment", comment)
			.param("public", publicNote)
			.update();
	}

	List<HistoryStep> of(long itemId) {
		return jdbc.sql("""
				SELECT occurred_at, action, from_state, to_state, actor, actor_name, agency_code, comment, public_note
				FROM feedback_step WHERE item_id = :item ORDER BY occurred_at, id""")
			.param("item", itemId)
			.query(Steps::step)
			.list();
	}

	/** Public notes only, without who wrote them (the agency stays). */
	List<HistoryStep> publicNotes(long itemId) {
		return jdbc.sql("""
				SELECT occurred_at, action, from_state, to_state, NULL AS actor, NULL AS actor_name, agency_code,
				    comment, public_note
				FROM feedback_step WHERE item_id = :item AND public_note = TRUE ORDER BY occurred_at, id""")
			.param("item", itemId)
			.query(Steps::step)
			.list();
	}

	/** The comment of the latest step taking {@code action} (a rejection's reason), if any. */
	Optional<String> lastComment(long itemId, FeedbackAction action) {
		return jdbc.sql("""
				SELECT comment FROM feedback_step WHERE item_id = :item AND action = :action AND comment IS NOT NULL
				ORDER BY occurred_at DESC, id DESC LIMIT 1""")
			.param("item", itemId)
			.param("action", action.name())
			.query(String.class)
			.optional();
	}

	static HistoryStep step(ResultSet rs, int n) throws SQLException {
		String action = rs.getString("action");
		String from = rs.getString("from_state");
		return new HistoryStep(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				action == null ? null : FeedbackAction.valueOf(action),
				from == null ? null : FeedbackState.valueOf(from), FeedbackState.valueOf(rs.getString("to_state")),
				rs.getString("actor"), rs.getString("actor_name"), rs.getString("agency_code"),
				rs.getString("comment"), rs.getBoolean("public_note"));
	}
}
