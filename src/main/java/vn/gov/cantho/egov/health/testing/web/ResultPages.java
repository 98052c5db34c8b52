package vn.gov.cantho.egov.health.testing.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.testing.LabResults;
import vn.gov.cantho.egov.health.testing.Registration;
import vn.gov.cantho.egov.health.testing.ResultEntry;
import vn.gov.cantho.egov.health.testing.TestOutcome;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Laboratory results (HEALTH_TEST_MANAGE): enter a result by registration or sample code, open a registration (the
 * read is audited) to see its result and corrections, correct it with a reason, and from a positive result open a
 * case for tracing (HEALTH_TRACE), which shows the case code.
 */
@Controller
@RequestMapping("/xet-nghiem/ket-qua")
@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
class ResultPages {

	private final LabResults results;
	private final CurrentActor actor;

	ResultPages(LabResults results, CurrentActor actor) {
		this.results = results;
		this.actor = actor;
	}

	@GetMapping
	String page(@ModelAttribute("form") ResultForm form, @RequestParam(name = "ma", required = false) String code,
			@ModelAttribute("correction") ResultForm correction, Model model) {
		if (code != null && !code.isBlank()) {
			try {
				show(results.read(actor.current().orElseThrow(), code), model);
			}
			catch (BusinessException e) {
				if (e.status().is5xxServerError()) {
					throw e;
				}
				model.addAttribute("problem", e.messageKey());
			}
		}
		if (form.getCode() == null) {
			form.setCode(code);
		}
		return "health/testing/results";
	}

	@PostMapping
	String enter(@ModelAttribute("form") ResultForm form, BindingResult result,
			@ModelAttribute("correction") ResultForm correction, Model model, RedirectAttributes redirect) {
		Registration entered = Forms.attempt(result, () -> results.enter(actor.current().orElseThrow(),
				new ResultEntry(form.getCode(), Forms.choice(TestOutcome.class, form.getOutcome()), form.getLabName(),
						null)));
		if (entered == null) {
			return "health/testing/results";
		}
		redirect.addFlashAttribute("entered", true);
		redirect.addAttribute("ma", entered.code());
		return "redirect:/xet-nghiem/ket-qua";
	}

	@PostMapping("/dieu-chinh")
	String correct(@ModelAttribute("correction") ResultForm correction, BindingResult result,
			@ModelAttribute("form") ResultForm form, Model model, RedirectAttributes redirect) {
		Registration corrected = Forms.attempt(result, () -> results.correct(actor.current().orElseThrow(),
				new ResultEntry(correction.getCode(), Forms.choice(TestOutcome.class, correction.getOutcome()),
						correction.getLabName(), correction.getReason())));
		if (corrected == null) {
			try {
				show(results.read(actor.current().orElseThrow(), correction.getCode()), model);
			}
			catch (BusinessException e) {
				model.addAttribute("problem", e.messageKey());
			}
			return "health/testing/results";
		}
		redirect.addFlashAttribute("corrected", true);
		redirect.addAttribute("ma", corrected.code());
		return "redirect:/xet-nghiem/ket-qua";
	}

	@PostMapping("/ca-benh")
	String openCase(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("caseCode", results.openCase(actor.current().orElseThrow(), code));
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			redirect.addFlashAttribute("problem", e.messageKey());
		}
		redirect.addAttribute("ma", code);
		return "redirect:/xet-nghiem/ket-qua";
	}

	private void show(Registration registration, Model model) {
		model.addAttribute("registration", registration);
		model.addAttribute("corrections", results.corrections(registration.code()));
		model.addAttribute("canTrace",
				actor.current().map(a -> a.has(Permissions.HEALTH_TRACE)).orElse(false));
	}
}
