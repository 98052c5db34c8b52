package vn.gov.cantho.egov.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Counts for leaders: items received in a period (by creation day, Asia/Ho_Chi_Minh, both ends included), how many
 * were answered, answered on time, and are overdue (answered late, or still open past the deadline at the period's
 * end), by field, channel, agency and month. Agency officials see their scope; coordinators and administrators all.
 */
public interface FeedbackFigures {

	Figures figures(LocalDate from, LocalDate to);

	record Figures(LocalDate from, LocalDate to, Counts total, List<Row> byField, List<Row> byChannel,
			List<Row> byAgency, List<MonthRow> byMonth) {
	}

	record Counts(long received, long answered, long onTime, long overdue) {
	}

	/** {@code key} is a field code, channel name or agency code; null for unclassified or unassigned items. */
	record Row(String key, Counts counts) {
	}

	record MonthRow(YearMonth month, Counts counts) {
	}
}
