package vn.gov.cantho.egov.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.domain.AgencyService;
import vn.gov.cantho.egov.directory.domain.UnitStore;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** Lists agencies and lets an administrator create and edit them. */
@Controller
@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
class AgencyAdminPages {

	private final AgencyService agencies;
	private final UnitStore units;
	private final Clock clock;

	AgencyAdminPages(AgencyService agencies, UnitStore units, Clock clock) {
		this.agencies = agencies;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/quan-tri/co-quan")
	String list(Model model) {
		model.addAttribute("agencies", agencies.agencies());
		return "directory/agencies";
	}

	@GetMapping("/quan-tri/co-quan/moi")
	String blank(Model model) {
		model.addAttribute("form", new AgencyForm());
		return formPage(model, null);
	}

	@PostMapping("/quan-tri/co-quan/moi")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			AgencyView saved = agencies.create(form.data());
			redirect.addFlashAttribute("saved", saved.code());
			return "redirect:/quan-tri/co-quan";
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			return formPage(model, null);
		}
	}

	@GetMapping("/quan-tri/co-quan/{code}")
	String edit(@PathVariable String code, Model model) {
		AgencyView agency = agencies.agency(code)
			.orElseThrow(() -> BusinessException.notFound("directory.agency-not-found", "code", code));
		model.addAttribute("form", AgencyForm.of(agency));
		return formPage(model, code);
	}

	@PostMapping("/quan-tri/co-quan/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		form.setCode(code);
		try {
			agencies.update(code, form.data());
			redirect.addFlashAttribute("saved", code);
			return "redirect:/quan-tri/co-quan";
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			return formPage(model, code);
		}
	}

	private String formPage(Model model, String editing) {
		AgencyForm form = (AgencyForm) model.getAttribute("form");
		List<AdminUnitView> choices = new ArrayList<>(units.unitsAt(LocalDate.now(clock)));
		// An agency of a unit that no longer exists (a former district) keeps its unit as a choice.
		if (form != null && form.getUnitCode() != null
				&& choices.stream().noneMatch(u -> u.code().equals(form.getUnitCode()))) {
			units.record(form.getUnitCode())
				.flatMap(r -> units.unitAt(r.code(), r.validTo() == null ? r.validFrom() : r.validTo().minusDays(1)))
				.ifPresent(u -> choices.add(0, u));
		}
		model.addAttribute("units", choices);
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("editing", editing);
		return "directory/agency-form";
	}
}
