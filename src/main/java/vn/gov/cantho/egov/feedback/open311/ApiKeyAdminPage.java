package vn.gov.cantho.egov.feedback.open311;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.feedback.open311.ApiKeys.Issued;
import vn.gov.cantho.egov.feedback.open311.ApiKeys.Key;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * The administrators' page of Open311 API keys: the keys with their use, issuing one for a named client, revoking
 * one. A new key is shown in the answer to the form that issued it and nowhere else: it is not put in the session
 * (the flash attributes of a redirect would store it with the session), and the answer is marked not to be cached.
 */
@Controller
@PreAuthorize("hasAuthority('FEEDBACK_CONFIGURE')")
class ApiKeyAdminPage {

	static final String PAGE = "/quan-tri/open311";

	private final ApiKeys keys;

	ApiKeyAdminPage(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping(PAGE)
	String show(Model model) {
		model.addAttribute("form", new KeyForm());
		return page(model);
	}

	@PostMapping(PAGE)
	String issue(@ModelAttribute("form") KeyForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		try {
			Issued issued = keys.issue(form.getName());
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("issued", issued);
			model.addAttribute("form", new KeyForm());
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, e);
		}
		return page(model);
	}

	@PostMapping(PAGE + "/{id}/thu-hoi")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		Key revoked = keys.revoke(id);
		redirect.addFlashAttribute("revoked", revoked.name());
		return "redirect:" + PAGE;
	}

	private String page(Model model) {
		model.addAttribute("keys", keys.all());
		return "open311/keys";
	}

	/** The form issuing a key: the name of the client or organisation that will use it. */
	static class KeyForm {

		private String name;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}
}
