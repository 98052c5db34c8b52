package vn.gov.cantho.egov.identity.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.domain.IdentityAccount;
import vn.gov.cantho.egov.identity.domain.Actors;

/**
 * Maps a bearer token from the external OpenID Connect provider (VNeID) to a local account: the claim named by
 * {@code egov.identity.oidc.username-claim} holds the username. The token's own scopes are ignored; what the
 * caller may do comes from the account's roles, as for a password login. No account, or a locked one, is a 401.
 */
@Component
public class JwtAccountConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final Actors actors;
	private final IdentityProperties properties;
	private final Clock clock;
	private final TokenAccountCache cache;

	JwtAccountConverter(Actors actors, IdentityProperties properties, Clock clock, TokenAccountCache cache) {
		this.actors = actors;
		this.properties = properties;
		this.clock = clock;
		this.cache = cache;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(properties.oidc().usernameClaim());
		if (username == null || username.isBlank()) {
			throw new InvalidBearerTokenException("The token names no account");
		}
		TokenAccountCache.Entry account = cache.get(username, this::load);
		if (account == null) {
			throw new InvalidBearerTokenException("The token names no local account");
		}
		if (account.lockedAt(clock.instant())) {
			throw new LockedException("The account is locked");
		}
		AccountPrincipal principal = new AccountPrincipal(account.actor(), null, false, false);
		return new ActorJwtAuthentication(jwt, principal);
	}

	private TokenAccountCache.Entry load(String username) {
		return actors.account(username)
			.map(a -> new TokenAccountCache.Entry(actors.of(a), isLocked(a), a.lockedUntil(), clock.millis()))
			.orElse(null);
	}

	/** Locked by an administrator (no lock of the lockout lasts past the end of time; that one is kept apart). */
	private static boolean isLocked(IdentityAccount account) {
		return account.isLockedAt(Instant.MAX);
	}

	/** A verified token whose principal is the local account, so {@code CurrentActor} works as for other logins. */
	static final class ActorJwtAuthentication extends JwtAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final AccountPrincipal principal;

		ActorJwtAuthentication(Jwt jwt, AccountPrincipal principal) {
			super(jwt, principal.getAuthorities(), principal.getUsername());
			this.principal = principal;
		}

		@Override
		public Object getPrincipal() {
			return principal;
		}
	}
}
