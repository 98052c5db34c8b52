package vn.gov.cantho.egov.identity.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.cantho.egov.identity.domain.AccountRules;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.identity.domain.PasswordCheck;
import vn.gov.cantho.egov.shared.BusinessException;

/** Citizens register themselves; every broken rule is listed at once, and what they typed is kept. */
@Controller
@RequestMapping("/dang-ky")
class RegistrationPage {

	private static final String VIEW = "identity/register";

	private final AccountRules rules;
	private final AccountService accounts;

	RegistrationPage(AccountRules rules, AccountService accounts) {
		this.rules = rules;
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("form") RegistrationForm form) {
		return VIEW;
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result) {
		List<BusinessException> errors = rules.citizen(form.toRegistration(), PasswordCheck.ENFORCED);
		if (errors.isEmpty()) {
			try {
				accounts.registerCitizen(form.toRegistration());
				return "redirect:/dang-nhap?registered";
			}
			catch (BusinessException e) {
				errors = List.of(e);
			}
		}
		FormErrors.reject(result, errors);
		return VIEW;
	}
}
