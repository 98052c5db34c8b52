package vn.gov.cantho.egov.identity.security;

import java.time.Clock;

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

	JwtAccountConverter(Actors actors, IdentityProperties properties, Clock clock) {
		this.actors = actors;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(properties.oidc().usernameClaim());
		if (username == null || username.isBlank()) {
			throw new InvalidBearerTokenException("The token names no account");
		}
		IdentityAccount account = actors.account(username)
			.orElseThrow(() -> new InvalidBearerTokenException("The token names no local account"));
		if (account.isLockedAt(clock.instant())) {
			throw new LockedException("The account is locked");
		}
		AccountPrincipal principal = new AccountPrincipal(actors.of(account), null, false, false);
		return new ActorJwtAuthentication(jwt, principal);
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
