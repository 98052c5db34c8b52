package vn.gov.cantho.egov.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.feedback.FeedbackFigures;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Leaders' feedback figures for a period (this year so far unless chosen): received, answered, on time and overdue,
 * in total and by field, channel, agency and month, for the scope the feedback module grants the caller. A period
 * that cannot be read or that the module refuses is named in the error summary instead of figures.
 */
@Controller
@RequestMapping("/1022/so-lieu")
@PreAuthorize("hasAuthority('FEEDBACK_STATS')")
class FeedbackFiguresPage {

	static final String INVALID_DATE = "feedback.web.invalid-date";

	private final FeedbackFigures figures;
	private final MessageSource messages;
	private final Clock clock;

	FeedbackFiguresPage(FeedbackFigures figures, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String figures(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Locale locale, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Refusal.Problem> problems = new ArrayList<>();
		LocalDate start = date(from, today.withDayOfYear(1), "from", problems, locale);
		LocalDate end = date(to, today, "to", problems, locale);
		model.addAttribute("from", problems.stream().anyMatch(p -> p.target().equals("from")) ? from : start);
		model.addAttribute("to", problems.stream().anyMatch(p -> p.target().equals("to")) ? to : end);
		if (problems.isEmpty()) {
			try {
				model.addAttribute("figures", figures.figures(start, end));
			}
			catch (BusinessException e) {
				if (!e.status().is4xxClientError()) {
					throw e;
				}
				e.errors()
					.forEach(error -> problems.add(new Refusal.Problem("to".equals(error.field()) ? "to" : "from",
							messages.getMessage(error.messageKey(), error.args(), error.code(), locale))));
			}
		}
		model.addAttribute("problems", problems);
		return "feedback/figures";
	}

	private LocalDate date(String text, LocalDate otherwise, String field, List<Refusal.Problem> problems,
			Locale locale) {
		if (text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Refusal.Problem(field, messages.getMessage("error." + INVALID_DATE, null, locale)));
			return otherwise;
		}
	}
}
