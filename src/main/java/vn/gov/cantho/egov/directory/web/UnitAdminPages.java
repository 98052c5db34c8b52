package vn.gov.cantho.egov.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.ReorganisationView;
import vn.gov.cantho.egov.directory.Reorganisations;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.directory.domain.DatedAdministrativeMap;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** The map as a tree on a chosen date, the reorganisation history, and the form to merge units or abolish a tier. */
@Controller
@PreAuthorize("hasAuthority('UNIT_MANAGE')")
class UnitAdminPages {

	private final DatedAdministrativeMap map;
	private final Reorganisations reorganisations;
	private final Clock clock;

	UnitAdminPages(DatedAdministrativeMap map, Reorganisations reorganisations, Clock clock) {
		this.map = map;
		this.reorganisations = reorganisations;
		this.clock = clock;
	}

	/** A unit with the units under it on the page's date. */
	record Node(AdminUnitView unit, List<Node> children) {
	}

	@GetMapping("/quan-tri/don-vi")
	String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			Model model) {
		LocalDate date = at == null ? LocalDate.now(clock) : at;
		model.addAttribute("at", date);
		model.addAttribute("tree", nodes(null, date, 0));
		model.addAttribute("history", reorganisations.history()
			.stream()
			.filter(r -> r.kind() != ReorganisationKind.CREATION)
			.toList());
		return "directory/units";
	}

	@GetMapping("/quan-tri/don-vi/sap-xep")
	String form(Model model) {
		model.addAttribute("form", new ReorganisationForm());
		return formPage(model);
	}

	@PostMapping("/quan-tri/don-vi/sap-xep")
	String apply(@ModelAttribute("form") ReorganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LocalDate on = DateInput.parse(form.getEffectiveOn(), "effectiveOn", errors);
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			ReorganisationView done = form.isMerge() ? reorganisations.merge(form.merge(on))
					: reorganisations.abolishLevel(form.abolition(on));
			// Flash attributes live in the JDBC session store, so only a serialisable value goes there.
			redirect.addFlashAttribute("applied", done.effectiveOn());
			return "redirect:/quan-tri/don-vi?at=" + done.effectiveOn();
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			return formPage(model);
		}
	}

	private String formPage(Model model) {
		model.addAttribute("levels", List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE));
		return "directory/reorganise";
	}

	/** Depth is bounded so a corrupted parent loop cannot recurse without end. */
	private List<Node> nodes(String parent, LocalDate at, int depth) {
		if (depth > 8) {
			return List.of();
		}
		return map.children(parent, at).stream().map(u -> new Node(u, nodes(u.code(), at, depth + 1))).toList();
	}
}
