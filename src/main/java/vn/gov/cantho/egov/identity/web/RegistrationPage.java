package vn.gov.cantho.egov.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** Citizens register themselves; every broken rule is listed at once, and what they typed is kept. */
@Controller
@RequestMapping("/dang-ky")
class RegistrationPage {

	private static final String VIEW = "identity/register";

	private final AccountService accounts;

	RegistrationPage(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("form") RegistrationForm form) {
		return VIEW;
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result) {
		try {
			accounts.registerCitizen(form.toRegistration());
			return "redirect:/dang-nhap?registered";
		}
		catch (BusinessException e) {
			FormErrors.reject(result, e);
			return VIEW;
		}
	}
}
