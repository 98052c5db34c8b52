package vn.gov.cantho.egov.feedback.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.feedback.FeedbackFigures;

/** Feedback figures for leaders and coordinators, within the caller's scope. */
@RestController
@Tag(name = "Feedback figures", description = "Số liệu phản ánh: tiếp nhận, đã trả lời, đúng hạn, quá hạn")
class FeedbackStatsApi {

	private final FeedbackFigures figures;

	FeedbackStatsApi(FeedbackFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/stats/feedback")
	@PreAuthorize("hasAuthority('FEEDBACK_STATS')")
	@Operation(summary = "Items received in a period: answered, on time, overdue; by field, channel, agency, month",
			description = "Both days included, Vietnam time. Judged at the end of the period (now while it runs): "
					+ "overdue means answered late or still unanswered past the deadline. Officials see the agencies "
					+ "in their scope; coordinators and administrators every item. Null keys are unclassified or "
					+ "unassigned items.")
	FeedbackFigures.Figures stats(
			@Parameter(example = "2026-01-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.figures(from, to);
	}
}
