package vn.gov.cantho.egov.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers bearer tokens this node has already verified, until they expire. A mobile app sends the same token with
 * every call, and checking its RSA signature again each time cost as much CPU as a dossier submission. Nothing is
 * weakened: a token is only ever kept after the provider's decoder accepted it (signature, issuer, validators), and a
 * kept token is refused again from its expiry on; the account behind it is still looked up on every request, so a
 * locked account is refused at once. The map is bounded: when full it is emptied and refills from live traffic.
 */
class VerifiedTokenCache implements JwtDecoder {

	static final int MAX_TOKENS = 20_000;

	private final JwtDecoder verifier;
	private final Clock clock;
	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokenCache(JwtDecoder verifier, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.get(token);
		Instant now = clock.instant();
		if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
			return known;
		}
		if (known != null) {
			verified.remove(token);
		}
		Jwt jwt = verifier.decode(token);
		if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
			if (verified.size() >= MAX_TOKENS) {
				verified.clear();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}
}
