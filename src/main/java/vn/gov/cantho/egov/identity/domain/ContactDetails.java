package vn.gov.cantho.egov.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises and checks usernames, Vietnamese mobile numbers and e-mail addresses. */
public final class ContactDetails {

	/** Mobile prefixes 03, 05, 07, 08, 09 (after the 2018 renumbering), ten digits in all. */
	private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	/** Lower-case letters, digits, dot, dash, underscore; starting with a letter or digit. */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private ContactDetails() {
	}

	/** {@code 0912 345 678}, {@code +84912345678} and {@code 84912345678} all become {@code 0912345678}. */
	public static Optional<String> mobile(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(text).replaceAll("");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

	public static Optional<String> email(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return trimmed.length() <= 200 && EMAIL.matcher(trimmed).matches() ? Optional.of(trimmed)
				: Optional.empty();
	}

	/** The stored, lower-case form: usernames are unique whatever case they are typed in. */
	public static String usernameKey(String text) {
		return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
	}

	public static boolean isValidUsername(String key) {
		return USERNAME.matcher(key).matches();
	}

	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
