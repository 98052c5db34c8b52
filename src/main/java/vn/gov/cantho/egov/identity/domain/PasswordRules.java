package vn.gov.cantho.egov.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable. Length beats complexity rules (NIST SP 800-63B), so: at least 10 characters,
 * not one of the passwords every guessing list starts with, and not containing the username.
 */
public final class PasswordRules {

	public static final String WEAK = "identity.weak-password";
	public static final String TOO_LONG = "identity.password-too-long";
	public static final int MIN_LENGTH = 10;
	/** BCrypt only reads the first 72 bytes; a longer password would silently be cut, so it is refused. */
	public static final int MAX_BYTES = 72;

	/** Lower-case; only entries of at least {@link #MIN_LENGTH} characters matter, shorter ones fail on length. */
	private static final Set<String> COMMON = Set.of("1234567890", "0123456789", "12345678910", "123456789a",
			"1234567890a", "a123456789", "1111111111", "0000000000", "1234512345", "1122334455", "qwertyuiop",
			"qwerty1234", "qwerty12345", "password12", "password123", "password1234", "passw0rd123", "abc1234567",
			"abcd123456", "abcdef1234", "iloveyou12", "iloveyou123", "admin12345", "admin123456", "matkhau123",
			"matkhau1234", "matkhau12345", "anhyeuem123", "vietnam123", "vietnam1234", "cantho1234", "cantho12345",
			"zxcvbnm123", "1q2w3e4r5t", "asdfghjkl1", "khongbiet123");

	private PasswordRules() {
	}

	/** The error code the password breaks, if any. */
	public static Optional<String> check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(WEAK);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of(WEAK);
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT).trim())) {
			return Optional.of(WEAK);
		}
		return Optional.empty();
	}
}
