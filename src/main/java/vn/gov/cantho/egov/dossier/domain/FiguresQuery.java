package vn.gov.cantho.egov.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.dossier.DossierFigures;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Figures by one aggregate query over the dossiers received in the period (index on agency and reception time).
 * <p>
 * The 766 on-time rule: a dossier is judged at the end of its processing (result ready, or stopped) or, while open,
 * at the end of the period (now, for a period not over yet); one waiting for a supplement at the moment its clock
 * stopped. It is on time if that moment is not after its appointment before any apology, which supplement time has
 * already moved later, and if it had at most one supplement request. Withdrawn dossiers are not judged. Completed
 * dossiers (result ready or returned) give the average handling time in working days, supplement time excluded.
 * Rates are percentages rounded to 2 decimals, 0 when nothing was counted.
 */
@Component
class FiguresQuery implements DossierFigures {

	/** Longest period one request may cover. */
	static final int MAX_DAYS = 5 * 366;

	private static final String AGGREGATE = """
			SELECT agency_code,
			    COUNT(*) AS received,
			    SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END) AS online,
			    SUM(CASE WHEN channel = 'COUNTER' THEN 1 ELSE 0 END) AS counter,
			    SUM(CASE WHEN channel = 'POST' THEN 1 ELSE 0 END) AS post,
			    SUM(CASE WHEN state <> 'WITHDRAWN' THEN 1 ELSE 0 END) AS judged,
			    SUM(CASE WHEN state <> 'WITHDRAWN' AND supplement_requests <= 1
			        AND (CASE WHEN finished_at IS NOT NULL THEN finished_at
			                  WHEN state = 'SUPPLEMENT_REQUESTED' THEN supplement_requested_at
			                  ELSE :judgedAt END) <= original_due_at
			        THEN 1 ELSE 0 END) AS on_time,
			    SUM(CASE WHEN state IN ('RESULT_READY', 'RETURNED') THEN 1 ELSE 0 END) AS completed,
			    SUM(CASE WHEN state IN ('RESULT_READY', 'RETURNED') THEN handling_days ELSE 0 END) AS handling
			FROM dossier
			WHERE received_at >= :from AND received_at < :to""";

	private final JdbcClient jdbc;
	private final DossierAccess access;
	private final Clock clock;

	FiguresQuery(JdbcClient jdbc, DossierAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures(LocalDate from, LocalDate to, String agencyCode) {
		Actor actor = access.actorWith(Permissions.DOSSIER_STATS);
		if (from == null || to == null || to.isBefore(from)) {
			throw BusinessException.invalid("dossier.invalid-period", "to");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw BusinessException.invalid("dossier.period-too-long", "to", MAX_DAYS);
		}
		Optional<Set<String>> agencies = access.agenciesInScope(actor, agencyCode);
		Instant start = Times.instant(from.atStartOfDay());
		Instant end = Times.instant(to.plusDays(1).atStartOfDay());
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		params.put("from", Times.utc(start));
		params.put("to", Times.utc(end));
		params.put("judgedAt", Times.utc(end.isBefore(now) ? end : now));
		String sql = AGGREGATE;
		if (agencies.isPresent()) {
			if (agencies.get().isEmpty()) {
				return total(from, to, agencyCode, List.of());
			}
			sql += " AND agency_code IN (:agencies)";
			params.put("agencies", agencies.get());
		}
		List<Row> rows = jdbc.sql(sql + " GROUP BY agency_code ORDER BY agency_code")
			.params(params)
			.query(FiguresQuery::row)
			.list();
		return total(from, to, agencyCode, rows);
	}

	private static Figures total(LocalDate from, LocalDate to, String agencyCode, List<Row> rows) {
		long received = 0, online = 0, counter = 0, post = 0, judged = 0, onTime = 0, completed = 0, handling = 0;
		for (Row r : rows) {
			received += r.received();
			online += r.online();
			counter += r.counter();
			post += r.post();
			judged += r.judged();
			onTime += r.onTime();
			completed += r.completed();
			handling += r.handling();
		}
		List<AgencyFigures> agencies = rows.stream()
			.map(r -> new AgencyFigures(r.agency(), r.received(), r.online(), r.counter(), r.post(),
					percent(r.online(), r.received()), r.onTime(), r.judged(), percent(r.onTime(), r.judged()),
					average(r.handling(), r.completed())))
			.toList();
		return new Figures(from, to, agencyCode, received, online, counter, post, percent(online, received),
				completed, onTime, percent(onTime, judged), average(handling, completed), agencies);
	}

	static double percent(long part, long whole) {
		return whole == 0 ? 0 : BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	static double average(long total, long count) {
		return count == 0 ? 0 : BigDecimal.valueOf((double) total / count).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private record Row(String agency, long received, long online, long counter, long post, long judged, long onTime,
			long completed, long handling) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("agency_code"), rs.getLong("received"), rs.getLong("online"),
				rs.getLong("counter"), rs.getLong("post"), rs.getLong("judged"), rs.getLong("on_time"),
				rs.getLong("completed"), rs.getLong("handling"));
	}
}
