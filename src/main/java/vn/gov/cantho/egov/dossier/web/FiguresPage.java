package vn.gov.cantho.egov.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Leaders' figures for a period (this year so far unless chosen) and one agency or all in their scope: dossiers by
 * channel, online share, on-time rate by the 766 rule, average handling time, and a line per agency. One query to the
 * dossier module per page, so the page stays fast on a year of a whole city.
 */
@Controller
@RequestMapping("/mot-cua/so-lieu")
@PreAuthorize("hasAuthority('DOSSIER_STATS')")
class FiguresPage {

	private final DossierFigures figures;
	private final AgencyDirectory agencies;
	private final CurrentActor actor;
	private final Clock clock;

	FiguresPage(DossierFigures figures, AgencyDirectory agencies, CurrentActor actor, Clock clock) {
		this.figures = figures;
		this.agencies = agencies;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping
	String figures(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String agency, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<String> errors = new ArrayList<>();
		LocalDate start = date(from, today.withDayOfYear(1), "from", errors);
		LocalDate end = date(to, today, "to", errors);
		if (end.isBefore(start)) {
			errors.add("to");
			end = start;
		}
		String agencyCode = agency.isBlank() ? null : agency;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("agency", agency);
		model.addAttribute("invalid", errors);
		model.addAttribute("agencies", agencies.agencies()
			.stream()
			.filter(AgencyView::active)
			.filter(a -> actor.covers(a.code()))
			.toList());
		model.addAttribute("figures", figures.figures(start, end, agencyCode));
		return "dossier/figures";
	}

	private static LocalDate date(String text, LocalDate otherwise, String field, List<String> errors) {
		if (text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			errors.add(field);
			return otherwise;
		}
	}
}
