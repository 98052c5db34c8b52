package vn.gov.cantho.egov.identity.web;

import java.security.Principal;

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
import org.springframework.web.util.UriUtils;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.domain.AccountAdministration;
import vn.gov.cantho.egov.identity.domain.AccountQueries;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.identity.domain.RoleCatalog;
import vn.gov.cantho.egov.identity.domain.RoleDefinition;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** Account administration: search, create officials, lock and unlock, assign and revoke roles. */
@Controller
@RequestMapping("/quan-tri/tai-khoan")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AdminAccountsPage {

	static final int PAGE_SIZE = 20;

	private final AccountQueries queries;
	private final AccountService accounts;
	private final AccountAdministration administration;
	private final RoleCatalog roles;
	private final AgencyDirectory agencies;

	AdminAccountsPage(AccountQueries queries, AccountService accounts, AccountAdministration administration,
			RoleCatalog roles, AgencyDirectory agencies) {
		this.queries = queries;
		this.accounts = accounts;
		this.administration = administration;
		this.roles = roles;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result", queries.search(q, Math.max(page, 0), PAGE_SIZE));
		return "identity/admin-accounts";
	}

	@GetMapping("/tao-moi")
	String createForm(@ModelAttribute("form") OfficialForm form, Model model) {
		return creation(model);
	}

	@PostMapping("/tao-moi")
	String create(@ModelAttribute("form") OfficialForm form, BindingResult result, Model model) {
		try {
			String username = accounts.createOfficial(form.toCreation());
			return "redirect:/quan-tri/tai-khoan/" + UriUtils.encodePathSegment(username, "UTF-8") + "?created";
		}
		catch (BusinessException e) {
			FormErrors.reject(result, e);
			return creation(model);
		}
	}

	@GetMapping("/{username}")
	String detail(@PathVariable String username, Model model) {
		var account = queries.account(username)
			.orElseThrow(() -> BusinessException.notFound("identity.account-not-found", "username"));
		model.addAttribute("account", account);
		model.addAttribute("agency", account.agencyCode() == null ? null
				: agencies.agency(account.agencyCode()).map(AgencyView::name).orElse(account.agencyCode()));
		model.addAttribute("assignable", roles.roles()
			.stream()
			.filter(r -> r.forOfficials() == (account.kind() == AccountKind.OFFICIAL))
			.map(RoleDefinition::code)
			.filter(code -> !account.roles().contains(code))
			.toList());
		return "identity/admin-account";
	}

	@PostMapping("/{username}/khoa")
	String lock(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		return act(username, redirect, "identity.admin.locked", () -> administration.lock(username, principal.getName()));
	}

	@PostMapping("/{username}/mo-khoa")
	String unlock(@PathVariable String username, RedirectAttributes redirect) {
		return act(username, redirect, "identity.admin.unlocked", () -> administration.unlock(username));
	}

	@PostMapping("/{username}/vai-tro")
	String assign(@PathVariable String username, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		return act(username, redirect, "identity.admin.role-assigned", () -> administration.assignRole(username, role));
	}

	@PostMapping("/{username}/vai-tro/thu-hoi")
	String revoke(@PathVariable String username, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		return act(username, redirect, "identity.admin.role-revoked", () -> administration.revokeRole(username, role));
	}

	/** Runs an action and reports its outcome on the account's page after a redirect (post/redirect/get). */
	private String act(String username, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", doneKey);
		}
		catch (BusinessException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failed", e.messageKey());
		}
		return "redirect:/quan-tri/tai-khoan/" + UriUtils.encodePathSegment(username, "UTF-8");
	}

	private String creation(Model model) {
		model.addAttribute("agencies", agencies.agencies().stream().filter(AgencyView::active).toList());
		model.addAttribute("roles", roles.officialRoles());
		return "identity/admin-account-new";
	}
}
