package vn.gov.cantho.egov.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code egov.identity.lockout.max-failures} (default 5) consecutive failed logins lock an account for
 * {@code egov.identity.lockout.duration} (default 15 minutes). {@code egov.identity.oidc.username-claim} (default
 * {@code sub}) names the claim of a VNeID/OpenID Connect bearer token that holds the local username; the token
 * decoder itself is configured with Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri}, and bearer tokens are accepted only when one of them is set.
 * {@code egov.identity.oidc.account-cache} (default 5 seconds, 0 to turn it off) is how long a node reuses the account
 * behind a bearer token before reading it again (docs/decisions/0003-bearer-token-account-cache.md).
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(Lockout lockout, Oidc oidc) {

	public IdentityProperties {
		lockout = lockout == null ? new Lockout(0, null) : lockout;
		oidc = oidc == null ? new Oidc(null, null) : oidc;
	}

	public record Lockout(int maxFailures, Duration duration) {

		public Lockout {
			maxFailures = maxFailures <= 0 ? 5 : maxFailures;
			duration = duration == null ? Duration.ofMinutes(15) : duration;
		}
	}

	public record Oidc(String usernameClaim, Duration accountCache) {

		public Oidc {
			usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "sub" : usernameClaim;
			accountCache = accountCache == null || accountCache.isNegative() ? Duration.ofSeconds(5) : accountCache;
		}
	}
}
