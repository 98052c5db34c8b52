package vn.gov.cantho.egov.dossier.web;

import java.security.Principal;
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

import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A citizen applies online: the form of the procedure (contact details filled in from the account), then the answers
 * to check with links back to each part, then the confirmation, which submits once and shows the receipt.
 */
@Controller
@RequestMapping("/ho-so/nop/{procedureCode}")
@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
class SubmissionPages {

	static final String NOT_ONLINE = "dossier.web.not-online";

	private final ApplicationFlow flow;
	private final AccountDirectory accounts;

	SubmissionPages(ApplicationFlow flow, AccountDirectory accounts) {
		this.flow = flow;
		this.accounts = accounts;
	}

	@GetMapping
	String form(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			@ModelAttribute("form") ApplicationForm form, Principal principal, HttpSession session, Locale locale, Model model) {
		ProcedureView procedure = flow.procedure(procedureCode);
		if (!flow.restore(form, key, procedure, session)) {
			accounts.account(principal.getName()).ifPresent(account -> prefill(form, procedure, account));
		}
		return formPage(procedure, model, locale);
	}

	@PostMapping
	String post(@PathVariable String procedureCode, @ModelAttribute("form") ApplicationForm form,
			BindingResult result, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		ProcedureView procedure = onlineProcedure(procedureCode);
		Optional<Draft> draft = flow.receive(procedure, form, result, request, false);
		if (draft.isEmpty()) {
			return formPage(procedure, model, locale);
		}
		redirect.addAttribute("k", draft.get().key());
		return "redirect:/ho-so/nop/{procedureCode}/xem-lai";
	}

	@GetMapping("/xem-lai")
	String review(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			HttpSession session, Model model) {
		ProcedureView procedure = flow.procedure(procedureCode);
		Optional<Draft> draft = flow.draft(session, key, procedure);
		if (draft.isEmpty()) {
			return "redirect:/ho-so/nop/{procedureCode}";
		}
		flow.reviewModel(model, procedure, draft.get(), base(procedure), false);
		return ApplicationFlow.REVIEW_VIEW;
	}

	@PostMapping("/xac-nhan")
	String confirm(@PathVariable String procedureCode, @RequestParam(name = "k", required = false) String key,
			@ModelAttribute("form") ApplicationForm form, BindingResult result, HttpSession session, Locale locale,
			Model model, RedirectAttributes redirect) {
		ProcedureView procedure = onlineProcedure(procedureCode);
		Optional<Draft> draft = flow.draft(session, key, procedure);
		if (draft.isEmpty()) {
			return "redirect:/ho-so/nop/{procedureCode}";
		}
		try {
			redirect.addAttribute("code", flow.confirm(draft.get(), session, false, locale));
			return "redirect:/ho-so/{code}/bien-nhan";
		}
		catch (BusinessException e) {
			flow.refused(form, result, procedure, draft.get(), e);
			return formPage(procedure, model, locale);
		}
	}

	/**
	 * What the account already says: the applicant's contact, and the procedure's own fields asking for a phone, an
	 * e-mail or the full name (many procedures repeat the applicant's details in their form).
	 */
	private static void prefill(ApplicationForm form, ProcedureView procedure, AccountView account) {
		form.setFullName(account.fullName());
		form.setPhone(account.phone());
		form.setEmail(account.email());
		for (FormField field : procedure.formFields()) {
			String known = switch (field.type()) {
				case PHONE -> account.phone();
				case EMAIL -> account.email();
				case TEXT -> "fullName".equals(field.key()) ? account.fullName() : null;
				default -> null;
			};
			if (known != null) {
				form.getValues().put(field.key(), known);
			}
		}
	}

	private ProcedureView onlineProcedure(String code) {
		ProcedureView procedure = flow.procedure(code);
		if (!procedure.onlineMode().acceptsOnline()) {
			throw BusinessException.invalid(NOT_ONLINE, "procedureCode");
		}
		return procedure;
	}

	private String formPage(ProcedureView procedure, Model model, Locale locale) {
		flow.formModel(model, procedure, base(procedure), false, locale);
		return ApplicationFlow.FORM_VIEW;
	}

	private static String base(ProcedureView procedure) {
		return "/ho-so/nop/" + procedure.code();
	}
}
