package vn.gov.cantho.egov.health.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Random public references of venues and people: ten characters of Crockford's base-32 alphabet (no I, L, O, U, so
 * nothing is misread from a printed poster), 50 bits, never derived from a database id or a personal value.
 */
final class PublicRefs {

	static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{10}");
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicRefs() {
	}

	static String next() {
		char[] text = new char[10];
		for (int i = 0; i < text.length; i++) {
			text[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(text);
	}

	static boolean valid(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}
}
