package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Bearer tokens as the external OpenID Connect provider would issue them: signed with an RSA key made here, verified
 * by a real decoder over the public key, then mapped by the application's converter to a local account.
 */
@IntegrationTest
class IdentityJwtTest {

	static NimbusJwtEncoder encoder;
	static NimbusJwtDecoder decoder;

	@Autowired
	Converter<Jwt, AbstractAuthenticationToken> converter;

	@Autowired
	CurrentActor currentActor;

	/** Resolved the way the security configuration looks the converter up. */
	@Autowired
	org.springframework.beans.factory.ObjectProvider<Converter<Jwt, ? extends AbstractAuthenticationToken>> lookup;

	@BeforeAll
	static void keys() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("vneid-test")
			.build();
		encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
	}

	@Test
	void aTokenForTheLeaderCarriesHisPermissionsAndAgency() {
		AbstractAuthenticationToken auth = converter.convert(decoder.decode(token("leader")));

		assertThat(auth.getName()).isEqualTo("leader");
		assertThat(auth.isAuthenticated()).isTrue();
		assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_LEADER", "ACCOUNT_VIEW_AGENCY", "METRICS_VIEW", "DIRECTORY_READ")
			.doesNotContain("ACCOUNT_MANAGE", "SCOPE_openid");

		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			assertThat(currentActor.current()).get().extracting(Actor::agencyCode).isEqualTo("CA-XNC");
			assertThat(currentActor.covers("CA-XNC")).isTrue();
			assertThat(currentActor.covers("SYT")).isFalse();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theSecurityConfigurationFindsThisConverter() {
		assertThat(lookup.getIfAvailable()).isSameAs(converter);
	}

	@Test
	void theUsernameIsMatchedWhateverItsCase() {
		assertThat(converter.convert(decoder.decode(token("CITIZEN"))).getName()).isEqualTo("citizen");
	}

	@Test
	void aTokenForNoLocalAccountIsRefused() {
		Jwt jwt = decoder.decode(token("nobody-" + System.nanoTime()));
		assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(AuthenticationException.class);
	}

	@Test
	void aTokenSignedByAnotherKeyNeverReachesTheConverter() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		RSAPublicKey otherKey = (RSAPublicKey) generator.generateKeyPair().getPublic();
		NimbusJwtDecoder otherDecoder = NimbusJwtDecoder.withPublicKey(otherKey).build();

		assertThatThrownBy(() -> otherDecoder.decode(token("leader")))
			.isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
	}

	private static String token(String subject) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("https://vneid.example")
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claims(c -> c.putAll(Map.of("scope", "openid")))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}
}
