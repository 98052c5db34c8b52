package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.feedback.FeedbackFigures;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Figures by one aggregate query over the items received in the period (index on creation time), grouped by field,
 * channel, agency and month of reception (the month computed in SQL from boundaries given as parameters, the same on
 * both databases); the four groupings are sums of those rows.
 * <p>
 * Judged at the end of the period (now, for a period not over yet): answered means answered by then; on time means
 * the first answer came no later than the deadline; overdue means answered late, or not answered by then although the
 * deadline had passed (rejected and merged items closed before then are not overdue: they needed no answer).
 */
@Component
class FeedbackFiguresQuery implements FeedbackFigures {

	static final int MAX_DAYS = 5 * 366;

	private final JdbcClient jdbc;
	private final FeedbackAccess access;
	private final Clock clock;

	FeedbackFiguresQuery(JdbcClient jdbc, FeedbackAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	private record Cell(String field, String channel, String agency, int month, Counts counts) {
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures(LocalDate from, LocalDate to) {
		Actor actor = access.actorWith(Permissions.FEEDBACK_STATS);
		if (from == null || to == null || to.isBefore(from)) {
			throw BusinessException.invalid("feedback.invalid-period", "to");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw BusinessException.invalid("feedback.period-too-long", "to", MAX_DAYS);
		}
		Instant start = Times.instant(from.atStartOfDay());
		Instant end = Times.instant(to.plusDays(1).atStartOfDay());
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		params.put("from", Times.utc(start));
		params.put("to", Times.utc(end));
		params.put("judged", Times.utc(end.isBefore(now) ? end : now));
		List<YearMonth> months = months(from, to);
		StringBuilder month = new StringBuilder("CASE");
		for (int i = 1; i < months.size(); i++) {
			month.append(" WHEN created_at < :m").append(i).append(" THEN ").append(i - 1);
			params.put("m" + i, Times.utc(Times.instant(months.get(i).atDay(1).atStartOfDay())));
		}
		month.append(" ELSE ").append(months.size() - 1).append(" END");
		String where = " WHERE created_at >= :from AND created_at < :to";
		Optional<Set<String>> scope = access.agenciesInScope(actor);
		if (scope.isPresent()) {
			if (scope.get().isEmpty()) {
				return figures(from, to, months, List.of());
			}
			where += " AND agency_code IN (:agencies)";
			params.put("agencies", scope.get());
		}
		String sql = "SELECT field_code, channel, agency_code, month_index, COUNT(*) AS received,"
				+ " SUM(CASE WHEN answered_at < :judged THEN 1 ELSE 0 END) AS answered,"
				+ " SUM(CASE WHEN answered_at < :judged AND answered_on_time = TRUE THEN 1 ELSE 0 END) AS on_time,"
				+ " SUM(CASE WHEN answered_at < :judged THEN (CASE WHEN answered_on_time = FALSE THEN 1 ELSE 0 END)"
				+ " WHEN due_at < :judged AND NOT (state IN ('REJECTED', 'MERGED') AND closed_at < :judged)"
				+ " THEN 1 ELSE 0 END) AS overdue"
				+ " FROM (SELECT field_code, channel, agency_code, answered_at, answered_on_time, due_at, state,"
				+ " closed_at, " + month + " AS month_index FROM feedback_item" + where + ") periodic"
				+ " GROUP BY field_code, channel, agency_code, month_index";
		List<Cell> cells = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Cell(rs.getString("field_code"), rs.getString("channel"),
					rs.getString("agency_code"), rs.getInt("month_index"), new Counts(rs.getLong("received"),
							rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("overdue"))))
			.list();
		return figures(from, to, months, cells);
	}

	private static Figures figures(LocalDate from, LocalDate to, List<YearMonth> months, List<Cell> cells) {
		Counts total = sum(cells);
		List<MonthRow> byMonth = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			int index = i;
			byMonth.add(new MonthRow(months.get(i), sum(cells.stream().filter(c -> c.month() == index).toList())));
		}
		return new Figures(from, to, total, rows(cells, Cell::field), rows(cells, Cell::channel),
				rows(cells, Cell::agency), byMonth);
	}

	/** Rows by key, keys in order, the null key (unclassified, unassigned) last. */
	private static List<Row> rows(List<Cell> cells, Function<Cell, String> key) {
		Map<String, List<Cell>> groups = new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
		cells.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
		return groups.entrySet().stream().map(e -> new Row(e.getKey(), sum(e.getValue()))).toList();
	}

	private static Counts sum(List<Cell> cells) {
		long received = 0, answered = 0, onTime = 0, overdue = 0;
		for (Cell c : cells) {
			received += c.counts().received();
			answered += c.counts().answered();
			onTime += c.counts().onTime();
			overdue += c.counts().overdue();
		}
		return new Counts(received, answered, onTime, overdue);
	}

	static List<YearMonth> months(LocalDate from, LocalDate to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}
}
