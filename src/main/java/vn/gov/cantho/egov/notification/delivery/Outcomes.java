package vn.gov.cantho.egov.notification.delivery;

import java.util.regex.Pattern;

/** Keeps what a provider says about a failure to a short code, so no message text or number slips into the outbox. */
final class Outcomes {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

	private Outcomes() {
	}

	static String code(String providerValue) {
		return providerValue != null && CODE.matcher(providerValue).matches() ? providerValue : "(unrecognised)";
	}
}
