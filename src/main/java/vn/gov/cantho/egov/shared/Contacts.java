package vn.gov.cantho.egov.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese mobile numbers and e-mail addresses as applicants and reporters type them. */
public final class Contacts {

	/** Mobile prefixes 03, 05, 07, 08, 09 (after the 2018 renumbering), ten digits in all. */
	private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private Contacts() {
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
		return trimmed.length() <= 200 && EMAIL.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
	}

	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
