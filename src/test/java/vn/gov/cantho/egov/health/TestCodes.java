package vn.gov.cantho.egov.health;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signs codes the way docs/health/intake.md describes them, from the keys in the database (or any other key), so tests
 * can make codes the server never issued: for unknown people, with a past expiry, with a wrong key.
 */
public final class TestCodes {

	private final JdbcClient jdbc;

	public TestCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest version of the purpose's key that is not retired. */
	public int currentVersion(String purpose) {
		return jdbc.sql("SELECT MAX(version) FROM health_signing_key WHERE purpose = :p AND retired_at IS NULL")
			.param("p", purpose)
			.query(Integer.class)
			.single();
	}

	public byte[] secret(String purpose, int version) {
		return Base64.getDecoder()
			.decode(jdbc.sql("SELECT secret FROM health_signing_key WHERE purpose = :p AND version = :v")
				.param("p", purpose)
				.param("v", version)
				.query(String.class)
				.single());
	}

	/** A personal code for {@code ref} expiring at {@code expiry} (epoch seconds), signed with the current key. */
	public String personal(String ref, long expiry) {
		int version = currentVersion("PERSON");
		return signed("P1." + ref + "." + version + "." + expiry, secret("PERSON", version));
	}

	/** A venue token for {@code code}, signed with the current key. */
	public String venue(String code) {
		int version = currentVersion("VENUE");
		return signed("V1." + code + "." + version, secret("VENUE", version));
	}

	/** {@code body} followed by a dot and its signature with {@code secret}. */
	public static String signed(String body, byte[] secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] sig = Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), 16);
			return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
