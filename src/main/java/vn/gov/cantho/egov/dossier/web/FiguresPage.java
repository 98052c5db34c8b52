package vn.gov.cantho.egov.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.dossier.DossierFigures;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Leaders' figures for a period (this year so far unless chosen) and one agency or all in their scope: dossiers by
 * channel, online share, on-time rate by the 766 rule, average handling time, and a line per agency. One call to the
 * dossier module per page, so the page stays fast on a year of a whole city. A period the module refuses (too long,
 * reversed) is named in the error summary instead of figures.
 */
@Controller
@RequestMapping("/mot-cua/so-lieu")
@PreAuthorize("hasAuthority('DOSSIER_STATS')")
class FiguresPage {

	private final DossierFigures figures;
	private final AgencyDirectory agencies;
	private final CurrentActor actor;
	private final MessageSource messages;
	private final Clock clock;

	FiguresPage(DossierFigures figures, AgencyDirectory agencies, CurrentActor actor, MessageSource messages,
			Clock clock) {
		this.figures = figures;
		this.agencies = agencies;
		this.actor = actor;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String figures(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String agency, Locale locale, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<FailedAction.Problem> problems = new ArrayList<>();
		LocalDate start = date(from, today.withDayOfYear(1), "from", problems, locale);
		LocalDate end = date(to, today, "to", problems, locale);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", agencies.agencies()
			.stream()
			.filter(AgencyView::active)
			.filter(a -> actor.covers(a.code()))
			.toList());
		if (problems.isEmpty()) {
			try {
				model.addAttribute("figures", figures.figures(start, end, agency.isBlank() ? null : agency));
			}
			catch (BusinessException e) {
				if (e.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
					throw e;
				}
				problems.add(new FailedAction.Problem(e.field() == null ? "from" : e.field(),
						messages.getMessage(e.messageKey(), e.args(), locale)));
			}
		}
		model.addAttribute("problems", problems);
		return "dossier/figures";
	}

	private LocalDate date(String text, LocalDate otherwise, String field, List<FailedAction.Problem> problems,
			Locale locale) {
		if (text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new FailedAction.Problem(field,
					messages.getMessage("error." + OneStopPages.INVALID_DATE, null, locale)));
			return otherwise;
		}
	}
}
