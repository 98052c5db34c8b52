package vn.gov.cantho.egov.health.retention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The history of the retention runs that did the work (health_retention_run), newest first for the page. */
@Component
class RetentionRuns {

	private final JdbcClient jdbc;

	RetentionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long started(Instant at, LocalDate firstKeptDay) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO health_retention_run (started_at, first_kept_day, outcome)
				VALUES (:at, :day, 'RUNNING')""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("day", Date.valueOf(firstKeptDay))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void finished(long id, RetentionRun run) {
		String days = run.droppedDays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
		jdbc.sql("""
				UPDATE health_retention_run SET finished_at = :at, dropped_days = :days, check_ins_deleted = :checkIns,
				declarations_deleted = :declarations, outcome = :outcome WHERE id = :id""")
			.param("at", run.finishedAt().atOffset(ZoneOffset.UTC))
			.param("days", days.length() > 2000 ? days.substring(0, 2000) : days)
			.param("checkIns", run.checkInsDeleted())
			.param("declarations", run.declarationsDeleted())
			.param("outcome", run.outcome().name())
			.param("id", id)
			.update();
	}

	List<RetentionRun> latest(int limit) {
		return jdbc.sql("""
				SELECT started_at, finished_at, first_kept_day, dropped_days, check_ins_deleted, declarations_deleted,
				outcome FROM health_retention_run ORDER BY started_at DESC, id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new RetentionRun(rs.getObject("started_at", OffsetDateTime.class).toInstant(),
					finished(rs.getObject("finished_at", OffsetDateTime.class)),
					rs.getObject("first_kept_day", LocalDate.class), days(rs.getString("dropped_days")),
					rs.getLong("check_ins_deleted"), rs.getLong("declarations_deleted"),
					RetentionRun.Outcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	private static Instant finished(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	private static List<LocalDate> days(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(LocalDate::parse).toList();
	}
}
