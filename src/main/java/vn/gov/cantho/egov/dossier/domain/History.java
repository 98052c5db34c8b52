package vn.gov.cantho.egov.dossier.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.HistoryEntry;

/** The steps of each dossier, appended in the transaction of the change they record and never rewritten. */
@Component
class History {

	static final int MAX_COMMENT = 2000;

	private final JdbcClient jdbc;

	History(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code action} is null for the online submission, which is no action of the workflow. */
	void append(long dossierId, Instant at, DossierAction action, DossierState from, DossierState to, String actor,
			String actorName, String comment) {
		jdbc.sql("""
				INSERT INTO dossier_step (dossier_id, occurred_at, action, from_state, to_state, actor, actor_name, comment)
				VALUES (:dossier, :at, :action, :from, :to, :actor, :name, :comment)""")
			.param("dossier", dossierId)
			.param("at", Times.utc(at))
			.param("action", action == null ? null : action.name())
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("name", actorName)
			.param("comment", comment)
			.update();
	}

	List<HistoryEntry> of(long dossierId) {
		return jdbc.sql("""
				SELECT occurred_at, action, from_state, to_state, actor, actor_name, comment FROM dossier_step
				WHERE dossier_id = :dossier ORDER BY occurred_at, id""")
			.param("dossier", dossierId)
			.query((rs, n) -> new HistoryEntry(at(rs), action(rs), state(rs.getString("from_state")),
					state(rs.getString("to_state")), rs.getString("actor"), rs.getString("actor_name"),
					rs.getString("comment")))
			.list();
	}

	/** The reason given with the latest step that has one (refusal, supplement request, apology). */
	Optional<String> lastComment(long dossierId) {
		return jdbc.sql("""
				SELECT comment FROM dossier_step WHERE dossier_id = :dossier AND comment IS NOT NULL
				ORDER BY occurred_at DESC, id DESC LIMIT 1""")
			.param("dossier", dossierId)
			.query(String.class)
			.optional();
	}

	private static Instant at(ResultSet rs) throws SQLException {
		return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
	}

	private static DossierAction action(ResultSet rs) throws SQLException {
		String action = rs.getString("action");
		return action == null ? null : DossierAction.valueOf(action);
	}

	private static DossierState state(String state) {
		return state == null ? null : DossierState.valueOf(state);
	}
}
