package vn.gov.cantho.egov.identity.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;

/**
 * A logged-in account: the {@link Actor} and, until authentication ends, the password hash. Authorities are the
 * permission names plus {@code ROLE_<role>}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final boolean locked;
	private final boolean failedBefore;
	private String passwordHash;

	AccountPrincipal(Actor actor, String passwordHash, boolean locked, boolean failedBefore) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.failedBefore = failedBefore;
	}

	/** Whether failed logins were counted before this one, which a success must then clear. */
	boolean failedBefore() {
		return failedBefore;
	}

	public Actor actor() {
		return actor;
	}

	static List<GrantedAuthority> authoritiesOf(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		actor.permissions().stream().sorted().map(SimpleGrantedAuthority::new).forEach(authorities::add);
		actor.roles()
			.stream()
			.sorted()
			.map(role -> new SimpleGrantedAuthority(Permissions.ROLE_PREFIX + role))
			.forEach(authorities::add);
		return authorities;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(actor);
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + actor.username() + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && actor.username().equals(that.actor.username());
	}

	@Override
	public int hashCode() {
		return actor.username().hashCode();
	}
}
