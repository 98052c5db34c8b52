package vn.gov.cantho.egov.procedure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureAdministration;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.procedure.domain.CatalogueService;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * Administration of the catalogue: the list with search, and one form to create or edit a procedure with its
 * documents and form fields. Rows are added with a submit button (no script needed) and removed with a checkbox.
 */
@Controller
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedureAdminPages {

	static final int PAGE_SIZE = 20;
	static final String LIST = "/quan-tri/thu-tuc";

	private final CatalogueService catalogue;
	private final ProcedureAdministration administration;
	private final DirectoryNames names;

	ProcedureAdminPages(CatalogueService catalogue, ProcedureAdministration administration, DirectoryNames names) {
		this.catalogue = catalogue;
		this.administration = administration;
		this.names = names;
	}

	@GetMapping(LIST)
	String list(@ModelAttribute("search") SearchForm search, Model model, Locale locale) {
		CatalogueService.RecordPage page = catalogue.searchAll(search.query(PAGE_SIZE));
		model.addAttribute("page", page);
		model.addAttribute("pages", (int) Math.ceil((double) page.total() / PAGE_SIZE));
		model.addAttribute("agencyNames", names.agencies(locale));
		return "procedure/admin-list";
	}

	@GetMapping(LIST + "/moi")
	String blank(Model model, Locale locale) {
		model.addAttribute("form", ProcedureForm.blankForm());
		return formPage(model, null, locale);
	}

	@PostMapping(LIST + "/moi")
	String create(@ModelAttribute("form") ProcedureForm form, BindingResult errors,
			@RequestParam(required = false) String action, Model model, Locale locale, RedirectAttributes redirect) {
		return submit(form, errors, action, null, model, locale, redirect);
	}

	@GetMapping(LIST + "/{code}")
	String edit(@PathVariable String code, Model model, Locale locale) {
		model.addAttribute("form", ProcedureForm.of(catalogue.record(code)
			.orElseThrow(() -> BusinessException.notFound("procedure.not-found", "code", code))));
		return formPage(model, code, locale);
	}

	@PostMapping(LIST + "/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") ProcedureForm form, BindingResult errors,
			@RequestParam(required = false) String action, Model model, Locale locale, RedirectAttributes redirect) {
		form.setCode(code);
		return submit(form, errors, action, code, model, locale, redirect);
	}

	@PostMapping(LIST + "/{code}/kich-hoat")
	String activate(@PathVariable String code, RedirectAttributes redirect) {
		administration.activate(code);
		redirect.addFlashAttribute("activated", code);
		return "redirect:" + LIST + "/" + code;
	}

	@PostMapping(LIST + "/{code}/ngung-ap-dung")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		administration.deactivate(code);
		redirect.addFlashAttribute("deactivated", code);
		return "redirect:" + LIST + "/" + code;
	}

	private String submit(ProcedureForm form, BindingResult errors, String action, String editing, Model model,
			Locale locale, RedirectAttributes redirect) {
		if ("add-document".equals(action) || "add-field".equals(action)) {
			form.getDocuments().removeIf(row -> row == null || row.isRemove());
			form.getFormFields().removeIf(row -> row == null || row.isRemove());
			if ("add-document".equals(action)) {
				form.getDocuments().add(new DocumentRow());
				model.addAttribute("focus", "documents[" + (form.getDocuments().size() - 1) + "].nameVi");
			}
			else {
				form.getFormFields().add(new FieldRow());
				model.addAttribute("focus", "formFields[" + (form.getFormFields().size() - 1) + "].labelVi");
			}
			return formPage(model, editing, locale);
		}
		form.compact();
		FormNumbers numbers = new FormNumbers();
		ProcedureDefinition definition = form.definition(numbers);
		try {
			if (!numbers.errors().isEmpty()) {
				throw BusinessException.allOf(together(numbers.errors(), catalogue.problems(definition)));
			}
			String saved = editing == null ? administration.create(definition).code()
					: administration.update(editing, definition, form.getVersion()).code();
			redirect.addFlashAttribute("saved", saved);
			return "redirect:" + LIST;
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			form.withBlankRows();
			return formPage(model, editing, locale);
		}
	}

	/** The unreadable numbers, then the rules broken on other fields (an unreadable number was read as absent). */
	private static List<BusinessException> together(List<BusinessException> unreadable, List<BusinessException> rules) {
		Set<String> fields = unreadable.stream().map(BusinessException::field).collect(Collectors.toSet());
		List<BusinessException> all = new ArrayList<>(unreadable);
		rules.stream().filter(e -> !fields.contains(e.field())).forEach(all::add);
		return all;
	}

	private String formPage(Model model, String editing, Locale locale) {
		model.addAttribute("editing", editing);
		model.addAttribute("active", editing == null || catalogue.procedure(editing).map(p -> p.active()).orElse(true));
		model.addAttribute("agencyNames", names.agencies(locale));
		List<String> agencies = new ArrayList<>(names.activeAgencies());
		// A procedure of an agency that stopped working still shows it, so the form does not silently change it.
		if (model.getAttribute("form") instanceof ProcedureForm form && form.getAgencyCode() != null
				&& !agencies.contains(form.getAgencyCode())) {
			agencies.add(form.getAgencyCode());
		}
		model.addAttribute("formAgencies", agencies);
		model.addAttribute("fieldNames", names.fields(locale));
		model.addAttribute("levels", ProcedureLevel.values());
		model.addAttribute("limitKinds", TimeLimit.Kind.values());
		model.addAttribute("feeKinds", FeeSchedule.Kind.values());
		model.addAttribute("modes", OnlineMode.values());
		model.addAttribute("resultForms", ResultForm.values());
		model.addAttribute("deliveryOptions", DeliveryOption.values());
		model.addAttribute("documentForms", DocumentForm.values());
		model.addAttribute("fieldTypes", FormField.FieldType.values());
		return "procedure/admin-form";
	}
}
