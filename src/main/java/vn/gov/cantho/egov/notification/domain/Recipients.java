package vn.gov.cantho.egov.notification.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Recipient rules: e-mail addresses as given (lower-cased domain), Vietnamese mobile numbers in the international form
 * 84xxxxxxxxx that SMS gateways and Zalo expect, messaging-platform user ids (the Zalo user id of an Official Account
 * follower, the page-scoped id of a Messenger user) as given, and the masked forms shown to administrators.
 */
public final class Recipients {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
	private static final Pattern MOBILE = Pattern.compile("84[35789]\\d{8}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
	/** Both platforms issue numeric ids; the wider set still shuts out spaces, markup and anything over the column. */
	private static final Pattern PLATFORM_ID = Pattern.compile("[A-Za-z0-9._\\-]{1,100}");

	private Recipients() {
	}

	/** @throws BusinessException {@code notification.invalid-recipient} when the value cannot be sent to */
	public static String normalise(Channel channel, String raw) {
		String value = raw == null ? "" : raw.trim();
		String normalised = switch (channel) {
			case EMAIL -> email(value);
			case ZALO_OA, MESSENGER -> PLATFORM_ID.matcher(value).matches() ? value : null;
			case SMS, ZALO -> phone(value);
		};
		if (normalised == null) {
			throw BusinessException.invalid("notification.invalid-recipient", "recipient");
		}
		return normalised;
	}

	private static String email(String value) {
		if (value.length() > 320 || !EMAIL.matcher(value).matches()) {
			return null;
		}
		int at = value.lastIndexOf('@');
		return value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/** 0901 234 567, +84 901 234 567 and 84901234567 all become 84901234567. */
	private static String phone(String value) {
		String digits = SEPARATORS.matcher(value).replaceAll("");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		else if (digits.startsWith("0")) {
			digits = "84" + digits.substring(1);
		}
		return MOBILE.matcher(digits).matches() ? digits : null;
	}

	/** a***@gmail.com for e-mail; 09******67 (the national form) for phone numbers; 12*********89 for platform ids. */
	public static String mask(Channel channel, String recipient) {
		if (recipient == null || recipient.isEmpty()) {
			return "";
		}
		if (channel == Channel.EMAIL) {
			int at = recipient.lastIndexOf('@');
			return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
		}
		boolean phone = channel == Channel.SMS || channel == Channel.ZALO;
		String national = phone && recipient.startsWith("84") ? "0" + recipient.substring(2) : recipient;
		if (national.length() < 6) {
			return "*".repeat(national.length());
		}
		return national.substring(0, 2) + "*".repeat(national.length() - 4) + national.substring(national.length() - 2);
	}
}
