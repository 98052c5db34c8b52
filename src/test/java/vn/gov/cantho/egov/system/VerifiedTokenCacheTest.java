package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

	static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

	final List<String> verifiedByProvider = new ArrayList<>();

	/** Plays the provider's decoder: accepts tokens named good-SECONDS (valid that long), refuses others. */
	final JwtDecoder provider = token -> {
		verifiedByProvider.add(token);
		if (!token.startsWith("good-")) {
			throw new BadJwtException("bad signature");
		}
		long seconds = Long.parseLong(token.substring(5));
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("citizen").issuedAt(NOW.minusSeconds(1))
			.expiresAt(NOW.plusSeconds(seconds)).build();
	};

	VerifiedTokenCache cacheAt(Instant now) {
		return new VerifiedTokenCache(provider, Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aVerifiedTokenIsNotVerifiedAgainBeforeItExpires() {
		VerifiedTokenCache cache = cacheAt(NOW);
		assertThat(cache.decode("good-600").getSubject()).isEqualTo("citizen");
		assertThat(cache.decode("good-600").getSubject()).isEqualTo("citizen");
		assertThat(verifiedByProvider).containsExactly("good-600");
	}

	@Test
	void aRefusedTokenIsRefusedEveryTimeAndNeverKept() {
		VerifiedTokenCache cache = cacheAt(NOW);
		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(verifiedByProvider).containsExactly("forged", "forged");
	}

	@Test
	void aKeptTokenGoesBackToTheProviderFromItsExpiryOn() {
		Clock[] clock = { Clock.fixed(NOW, ZoneOffset.UTC) };
		VerifiedTokenCache cache = new VerifiedTokenCache(token -> {
			verifiedByProvider.add(token);
			if (clock[0].instant().isAfter(NOW.plusSeconds(30))) {
				throw new BadJwtException("expired");
			}
			return provider.decode(token);
		}, new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return clock[0].instant();
			}
		});
		cache.decode("good-30");
		clock[0] = Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC);
		assertThatThrownBy(() -> cache.decode("good-30")).isInstanceOf(BadJwtException.class);
		assertThat(verifiedByProvider).hasSize(3);
	}
}
