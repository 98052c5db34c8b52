package vn.gov.cantho.egov.health.testing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * Public references: a prefix, the local day and six random characters ({@code XN-261127-7KQ3MD}). Random rather than
 * a counter so that a code says nothing about how many people were tested, and cannot be guessed from a neighbour's
 * (32 to the power 6, about a billion, per day and prefix). The alphabet leaves out 0, O, 1 and I, which are misread
 * on the phone and on tube labels.
 */
final class PublicCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	static final String REGISTRATION = "XN";
	static final String SAMPLE = "MX";
	static final String SITE = "DXN";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicCodes() {
	}

	/** A dated code not yet {@code taken}; a clash is so unlikely that a few tries always do. */
	static String dated(String prefix, LocalDate day, Predicate<String> taken) {
		return unique(() -> prefix + "-" + day.format(DAY) + "-" + random(6), taken);
	}

	/** A site code, not dated: sites outlive days. */
	static String site(Predicate<String> taken) {
		return unique(() -> SITE + "-" + random(6), taken);
	}

	/** Codes as people type them: spaces dropped, letters upper-case. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
	}

	private static String unique(java.util.function.Supplier<String> next, Predicate<String> taken) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = next.get();
			if (!taken.test(code)) {
				return code;
			}
		}
		throw new IllegalStateException("no free code after 5 random draws");
	}

	private static String random(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
