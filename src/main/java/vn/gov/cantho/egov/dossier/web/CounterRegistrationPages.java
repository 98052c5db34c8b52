package vn.gov.cantho.egov.dossier.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureQuery;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A reception officer registers a dossier handed in at the counter or received by post, on the applicant's behalf:
 * the procedure is chosen among those of the officer's agency, then the same form, review and confirmation as
 * online, plus the channel. The dossier is received at once and its receipt printed.
 */
@Controller
@RequestMapping("/mot-cua/dang-ky")
@PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
class CounterRegistrationPages {

	static final int PAGE_SIZE = 20;

	private final ApplicationFlow flow;
	private final ProcedureCatalogue catalogue;
	private final CurrentActor actor;

	CounterRegistrationPages(ApplicationFlow flow, ProcedureCatalogue catalogue, CurrentActor actor) {
		this.flow = flow;
		this.catalogue = catalogue;
		this.actor = actor;
	}

	@GetMapping
	String procedures(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String agency = actor.current().map(Actor::agencyCode).orElse(null);
		model.addAttribute("q", q);
		model.addAttribute("result", catalogue.search(new ProcedureQuery(q.isBlank() ? null : q, null, agency, null,
				null, Math.max(page, 0), PAGE_SIZE)));
		return "dossier/counter-procedures";
	}

	@GetMapping("/{procedureCode}")
	String form(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			@ModelAttribute("form") ApplicationForm form, HttpSession session, Locale locale, Model model) {
		ProcedureView procedure = flow.procedure(procedureCode);
		flow.restore(form, key, procedure, session);
		return formPage(procedure, model, locale);
	}

	@PostMapping("/{procedureCode}")
	String post(@PathVariable String procedureCode, @ModelAttribute("form") ApplicationForm form,
			BindingResult result, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		ProcedureView procedure = flow.procedure(procedureCode);
		Optional<Draft> draft = flow.receive(procedure, form, result, request, true);
		if (draft.isEmpty()) {
			return formPage(procedure, model, locale);
		}
		redirect.addAttribute("k", draft.get().key());
		return "redirect:/mot-cua/dang-ky/{procedureCode}/xem-lai";
	}

	@GetMapping("/{procedureCode}/xem-lai")
	String review(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			HttpSession session, Model model) {
		ProcedureView procedure = flow.procedure(procedureCode);
		Optional<Draft> draft = flow.draft(session, key, procedure);
		if (draft.isEmpty()) {
			return "redirect:/mot-cua/dang-ky/{procedureCode}";
		}
		flow.reviewModel(model, procedure, draft.get(), base(procedure), true);
		return ApplicationFlow.REVIEW_VIEW;
	}

	@PostMapping("/{procedureCode}/xac-nhan")
	String confirm(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			@ModelAttribute("form") ApplicationForm form, BindingResult result, HttpSession session, Locale locale,
			Model model, RedirectAttributes redirect) {
		ProcedureView procedure = flow.procedure(procedureCode);
		Optional<Draft> draft = flow.draft(session, key, procedure);
		if (draft.isEmpty()) {
			return "redirect:/mot-cua/dang-ky/{procedureCode}";
		}
		try {
			redirect.addAttribute("code", flow.confirm(draft.get(), session, true, locale));
			return "redirect:/mot-cua/ho-so/{code}/bien-nhan";
		}
		catch (BusinessException e) {
			flow.refused(form, result, procedure, draft.get(), e);
			return formPage(procedure, model, locale);
		}
	}

	private String formPage(ProcedureView procedure, Model model, Locale locale) {
		flow.formModel(model, procedure, base(procedure), true, locale);
		return ApplicationFlow.FORM_VIEW;
	}

	private static String base(ProcedureView procedure) {
		return "/mot-cua/dang-ky/" + procedure.code();
	}
}
