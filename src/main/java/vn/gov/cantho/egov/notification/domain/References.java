package vn.gov.cantho.egov.notification.domain;

import java.security.SecureRandom;

/**
 * Public message references such as {@code TB-7K3QX9MD2A}: "TB" for thông báo, then 10 characters of Crockford's
 * base32 (no I, L, O or U, so a reference read over the phone is not misheard). 50 random bits make guessing another
 * person's reference impractical; the unique constraint catches the rare clash.
 */
final class References {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private References() {
	}

	static String next() {
		char[] code = new char[10];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return "TB-" + new String(code);
	}
}
