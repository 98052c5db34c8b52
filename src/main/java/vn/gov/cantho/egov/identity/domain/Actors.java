package vn.gov.cantho.egov.identity.domain;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Actor;

/** Turns a stored account into the {@link Actor} a login carries: its roles, their permissions, the widest scope. */
@Component
public class Actors {

	private final AccountStore accounts;
	private final RoleCatalog roles;

	Actors(AccountStore accounts, RoleCatalog roles) {
		this.accounts = accounts;
		this.roles = roles;
	}

	public Optional<Actor> byUsername(String username) {
		return accounts.findByUsername(ContactDetails.usernameKey(username)).map(this::of);
	}

	public Actor of(IdentityAccount account) {
		RoleCatalog.Grant grant = roles.grantFor(account.roles());
		return new Actor(account.username(), account.fullName(), account.kind(), account.agencyCode(), account.roles(),
				grant.permissions(), grant.scope());
	}

	/** The stored account with this username, for authentication. */
	public Optional<IdentityAccount> account(String username) {
		return accounts.findByUsername(ContactDetails.usernameKey(username));
	}
}
