package vn.gov.cantho.egov.identity.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountLocked;
import vn.gov.cantho.egov.identity.AccountUnlocked;
import vn.gov.cantho.egov.identity.RoleAssigned;
import vn.gov.cantho.egov.identity.RoleRevoked;
import vn.gov.cantho.egov.shared.BusinessException;

/** What an account administrator does to existing accounts: lock, unlock, assign and revoke roles. */
@Service
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
public class AccountAdministration {

	private final AccountService service;
	private final AccountStore accounts;
	private final RoleCatalog roles;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	AccountAdministration(AccountService service, AccountStore accounts, RoleCatalog roles, AuditLog audit,
			ApplicationEventPublisher events) {
		this.service = service;
		this.accounts = accounts;
		this.roles = roles;
		this.audit = audit;
		this.events = events;
	}

	/** Locks until unlocked. An administrator cannot lock himself out. */
	@Transactional
	public void lock(String username, String actingUsername) {
		IdentityAccount account = service.find(username);
		if (account.username().equals(ContactDetails.usernameKey(actingUsername))) {
			throw BusinessException.invalid("identity.cannot-lock-self", "username");
		}
		account.lock();
		accounts.save(account);
		audit.record("identity.account.locked", account.username());
		events.publishEvent(new AccountLocked(account.username(), null));
	}

	@Transactional
	public void unlock(String username) {
		IdentityAccount account = service.find(username);
		account.unlock();
		accounts.save(account);
		audit.record("identity.account.unlocked", account.username());
		events.publishEvent(new AccountUnlocked(account.username()));
	}

	/** Citizen accounts hold only CITIZEN; officials hold only roles for officials. */
	@Transactional
	public void assignRole(String username, String role) {
		IdentityAccount account = service.find(username);
		RoleDefinition definition = roles.role(role)
			.orElseThrow(() -> BusinessException.invalid("identity.unknown-role", "role"));
		if (definition.forOfficials() != (account.kind() == AccountKind.OFFICIAL)) {
			throw BusinessException.invalid("identity.role-not-for-kind", "role");
		}
		if (account.assign(role)) {
			accounts.save(account);
			audit.record("identity.account.role-assigned", account.username());
			events.publishEvent(new RoleAssigned(account.username(), role));
		}
	}

	/** An account keeps at least one role, so it can still reach its own page. */
	@Transactional
	public void revokeRole(String username, String role) {
		IdentityAccount account = service.find(username);
		if (account.roles().contains(role) && account.roles().size() == 1) {
			throw BusinessException.invalid("identity.last-role", "role");
		}
		if (account.revoke(role)) {
			accounts.save(account);
			audit.record("identity.account.role-revoked", account.username());
			events.publishEvent(new RoleRevoked(account.username(), role));
		}
	}
}
