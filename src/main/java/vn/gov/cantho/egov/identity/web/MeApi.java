package vn.gov.cantho.egov.identity.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.identity.domain.IdentityAccount;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.shared.BusinessException;

/** The caller's own account, as an app shows it after login. The ID number is masked. */
@RestController
class MeApi {

	private final AccountService accounts;
	private final CurrentActor actors;

	MeApi(AccountService accounts, CurrentActor actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	@GetMapping("/api/v1/me")
	@PreAuthorize("hasAuthority('ACCOUNT_SELF')")
	Me me(Principal principal) {
		IdentityAccount account = accounts.find(principal.getName());
		Actor actor = actors.current()
			.orElseThrow(() -> BusinessException.notFound("identity.account-not-found", "username"));
		return new Me(account.username(), account.fullName(), account.kind(), account.agencyCode(),
				account.idNumber() == null ? null : account.idNumber().masked(), account.phone(), account.email(),
				List.copyOf(new TreeSet<>(actor.roles())), new TreeSet<>(actor.permissions()), actor.scope(),
				account.lastLoginAt());
	}

	/** The account as the API shows it to its owner. */
	record Me(String username, String fullName, AccountKind kind, String agencyCode, String idNumber, String phone,
			String email, List<String> roles, Set<String> permissions, Scope scope, Instant lastLoginAt) {
	}
}
