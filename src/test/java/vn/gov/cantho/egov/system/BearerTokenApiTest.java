package vn.gov.cantho.egov.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * Bearer tokens end to end, configured only by the documented property: the provider's public key (as VNeID or any
 * OpenID Connect provider would publish it) goes in {@code spring.security.oauth2.resourceserver.jwt.*}, and a token
 * it signed for a local account opens the API with that account's permissions. A token signed by anyone else, an
 * expired one, or one for an unknown account gets 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BearerTokenApiTest {

	static final KeyPair PROVIDER = rsa();
	static final KeyPair FORGER = rsa();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) throws IOException {
		Path pem = Files.createTempFile("provider-public", ".pem");
		pem.toFile().deleteOnExit();
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n");
		properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
	}

	@Test
	void tokenFromTheProviderOpensTheApiAsTheLocalAccount() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(PROVIDER, "citizen", 300)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("citizen"));
		mvc.perform(get("/api/v1/agencies/CA-XNC/officials")
			.header("Authorization", "Bearer " + token(PROVIDER, "leader", 300))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit-entries").header("Authorization", "Bearer " + token(PROVIDER, "citizen", 300)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	void forgedExpiredOrUnknownTokensAreRefused() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(FORGER, "admin", 300)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(PROVIDER, "citizen", -300)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(PROVIDER, "nobody-here", 300)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void httpBasicStillWorksBesideTokens() throws Exception {
		mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("citizen", "demo1234"))).andExpect(status().isOk());
	}

	private static String token(KeyPair signer, String subject, long secondsValid) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) signer.getPublic()).privateKey((RSAPrivateKey) signer.getPrivate())
			.keyID("provider")
			.build();
		Instant now = Instant.now();
		Instant expiry = now.plusSeconds(secondsValid);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("https://vneid.example")
			.subject(subject)
			.issuedAt(secondsValid > 0 ? now : expiry.minusSeconds(600))
			.expiresAt(expiry)
			.build();
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
