package vn.gov.cantho.egov.feedback.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two platforms' request signatures, computed over the raw body bytes exactly as received, and compared in
 * constant time so that the comparison does not reveal how much of a forged signature was right.
 */
final class Signatures {

	static final String ZALO_HEADER = "X-ZEvent-Signature";
	static final String FACEBOOK_HEADER = "X-Hub-Signature-256";

	private Signatures() {
	}

	/**
	 * Zalo: {@code mac=} and the hex SHA-256 (a plain digest, not an HMAC) of the app id, the raw body, the event's
	 * timestamp as written in the body, and the OA secret key, concatenated in that order.
	 */
	static String zalo(String appId, byte[] body, String timestamp, String oaSecret) {
		MessageDigest sha256 = digest();
		sha256.update(appId.getBytes(StandardCharsets.UTF_8));
		sha256.update(body);
		sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
		sha256.update(oaSecret.getBytes(StandardCharsets.UTF_8));
		return "mac=" + HexFormat.of().formatHex(sha256.digest());
	}

	/** Meta: {@code sha256=} and the hex HMAC-SHA256 of the raw body keyed with the app secret. */
	static String facebook(byte[] body, String appSecret) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(hmac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	/** Constant-time equality of a received header value and the expected one; hex case does not matter. */
	static boolean matches(String received, String expected) {
		if (received == null) {
			return false;
		}
		byte[] given = received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
