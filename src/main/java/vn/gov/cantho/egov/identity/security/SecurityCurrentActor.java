package vn.gov.cantho.egov.identity.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.domain.Actors;
import vn.gov.cantho.egov.identity.domain.ScopePolicy;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The actor of the current security context. Logins made by this module carry the actor; any other authentication
 * (a test's mock user, a future login mechanism) is resolved by its name against the accounts.
 */
@Component
class SecurityCurrentActor implements CurrentActor {

	private final Actors actors;
	private final ScopePolicy scopes;
	private final Clock clock;

	SecurityCurrentActor(Actors actors, ScopePolicy scopes, Clock clock) {
		this.actors = actors;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Override
	public Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return actors.byUsername(auth.getName());
	}

	@Override
	public boolean covers(String agencyCode) {
		return current().map(actor -> scopes.covers(actor, agencyCode, LocalDate.now(clock))).orElse(false);
	}

	@Override
	public void checkCovers(String agencyCode) {
		if (!covers(agencyCode)) {
			throw BusinessException.forbidden(OTHER_AGENCY);
		}
	}
}
