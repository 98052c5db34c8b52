package vn.gov.cantho.egov.health.figures;

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
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Health leaders' figures for a period (the last seven days unless chosen): check-ins per hour of the day and per day
 * as bars with their numbers, per ward or commune, cases, contacts found and tests. A period that cannot be read or
 * is refused is named in the error summary instead of figures.
 */
@Controller
@PreAuthorize("hasAuthority('HEALTH_STATS')")
class HealthFiguresPage {

	static final String INVALID_DATE = "health.figures-invalid-date";

	private final HealthFiguresService figures;
	private final MessageSource messages;
	private final Clock clock;

	HealthFiguresPage(HealthFiguresService figures, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	/** An error of the period form: the field it concerns ({@code from} or {@code to}) and the text shown. */
	record Problem(String target, String text) {
	}

	@GetMapping("/y-te/so-lieu")
	String figures(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Locale locale, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Problem> problems = new ArrayList<>();
		LocalDate start = date(from, today.minusDays(6), "from", problems, locale);
		LocalDate end = date(to, today, "to", problems, locale);
		model.addAttribute("from", problems.stream().anyMatch(p -> p.target().equals("from")) ? from : start);
		model.addAttribute("to", problems.stream().anyMatch(p -> p.target().equals("to")) ? to : end);
		if (problems.isEmpty()) {
			try {
				HealthFigures result = figures.figures(start, end);
				model.addAttribute("figures", result);
				model.addAttribute("maxHourOfDay", result.perHourOfDay()
					.stream()
					.mapToLong(HealthFigures.HourOfDayCount::checkIns)
					.max()
					.orElse(0));
				model.addAttribute("maxDay",
						result.perDay().stream().mapToLong(HealthFigures.DayCount::checkIns).max().orElse(0));
				model.addAttribute("maxArea",
						result.perArea().stream().mapToLong(HealthFigures.AreaCount::checkIns).max().orElse(0));
			}
			catch (BusinessException e) {
				if (!e.status().is4xxClientError()) {
					throw e;
				}
				e.errors()
					.forEach(error -> problems.add(new Problem("from".equals(error.field()) ? "from" : "to",
							messages.getMessage(error.messageKey(), error.args(), error.code(), locale))));
			}
		}
		model.addAttribute("problems", problems);
		return "health/figures/figures";
	}

	private LocalDate date(String text, LocalDate otherwise, String field, List<Problem> problems, Locale locale) {
		if (text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(field, messages.getMessage("error." + INVALID_DATE, null, locale)));
			return otherwise;
		}
	}
}
