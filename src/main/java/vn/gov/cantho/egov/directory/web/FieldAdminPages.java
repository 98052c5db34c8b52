package vn.gov.cantho.egov.directory.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.directory.domain.FieldService;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** Lists fields (lĩnh vực) and lets an administrator create and rename them. */
@Controller
@PreAuthorize("hasAuthority('FIELD_MANAGE')")
class FieldAdminPages {

	private final FieldService fields;

	FieldAdminPages(FieldService fields) {
		this.fields = fields;
	}

	@GetMapping("/quan-tri/linh-vuc")
	String list(Model model) {
		model.addAttribute("fields", fields.fields());
		return "directory/fields";
	}

	@GetMapping("/quan-tri/linh-vuc/moi")
	String blank(Model model) {
		model.addAttribute("form", new FieldForm());
		return formPage(model, null);
	}

	@PostMapping("/quan-tri/linh-vuc/moi")
	String create(@ModelAttribute("form") FieldForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			FieldView saved = fields.create(form.data());
			redirect.addFlashAttribute("saved", saved.code());
			return "redirect:/quan-tri/linh-vuc";
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			return formPage(model, null);
		}
	}

	@GetMapping("/quan-tri/linh-vuc/{code}")
	String edit(@PathVariable String code, Model model) {
		FieldView field = fields.field(code)
			.orElseThrow(() -> BusinessException.notFound("directory.field-not-found", "code", code));
		model.addAttribute("form", FieldForm.of(field));
		return formPage(model, code);
	}

	@PostMapping("/quan-tri/linh-vuc/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") FieldForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		form.setCode(code);
		try {
			fields.update(code, form.data());
			redirect.addFlashAttribute("saved", code);
			return "redirect:/quan-tri/linh-vuc";
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
			return formPage(model, code);
		}
	}

	private static String formPage(Model model, String editing) {
		model.addAttribute("editing", editing);
		return "directory/field-form";
	}
}
