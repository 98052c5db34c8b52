package vn.gov.cantho.egov.identity.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.gov.cantho.egov.identity.domain.IdentityAccount;
import vn.gov.cantho.egov.identity.domain.Actors;

/**
 * Loads accounts for form login and HTTP Basic. A locked account loads as locked, so Spring Security refuses it
 * with a {@link org.springframework.security.authentication.LockedException} before checking the password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Actors actors;
	private final Clock clock;

	AccountUserDetailsService(Actors actors, Clock clock) {
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		IdentityAccount account = actors.account(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return new AccountPrincipal(actors.of(account), account.passwordHash(), account.isLockedAt(clock.instant()),
				account.hasFailedLogins());
	}
}
