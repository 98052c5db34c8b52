package vn.gov.cantho.egov.identity.web;

import java.security.Principal;
import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.identity.domain.IdentityAccount;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * The owner's own account and password. The ID number is masked unless the owner asks to see it, which is audited
 * like any read of personal data.
 */
@Controller
@RequestMapping("/tai-khoan")
@PreAuthorize("hasAuthority('ACCOUNT_SELF')")
class MyAccountPage {

	private final AccountService accounts;
	private final AgencyDirectory agencies;
	private final AuditLog audit;
	private final Clock clock;

	MyAccountPage(AccountService accounts, AgencyDirectory agencies, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String account(Principal principal, @RequestParam(name = "hienSo", defaultValue = "false") boolean showIdNumber,
			Model model) {
		IdentityAccount account = accounts.find(principal.getName());
		model.addAttribute("account", account);
		model.addAttribute("lastLogin",
				account.lastLoginAt() == null ? null : account.lastLoginAt().atZone(clock.getZone()));
		model.addAttribute("agency", account.agencyCode() == null ? null
				: agencies.agency(account.agencyCode()).map(AgencyView::name).orElse(account.agencyCode()));
		if (account.idNumber() != null) {
			if (showIdNumber) {
				audit.record("identity.id-number.viewed", account.username());
			}
			model.addAttribute("idNumber", showIdNumber ? account.idNumber().value() : account.idNumber().masked());
			model.addAttribute("idNumberShown", showIdNumber);
		}
		return "identity/account";
	}

	@GetMapping("/mat-khau")
	String passwordForm(@ModelAttribute("form") PasswordForm form) {
		return "identity/password";
	}

	@PostMapping("/mat-khau")
	String changePassword(Principal principal, @ModelAttribute("form") PasswordForm form, BindingResult result) {
		try {
			accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmation());
			return "redirect:/tai-khoan?passwordChanged";
		}
		catch (BusinessException e) {
			FormErrors.reject(result, e);
			return "identity/password";
		}
	}
}
