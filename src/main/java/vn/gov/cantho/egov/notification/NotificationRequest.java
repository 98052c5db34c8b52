package vn.gov.cantho.egov.notification;

import java.util.Locale;
import java.util.Map;

/**
 * One message to send: which template, by which channel, to whom (an e-mail address; a phone number for SMS and
 * for Zalo ZNS, which addresses people by phone), in which language, with the values the template fills in and the
 * public reference it is about.
 */
public record NotificationRequest(String template, Channel channel, String recipient, Locale locale,
		Map<String, String> values, String reference) {

	public NotificationRequest {
		values = Map.copyOf(values);
	}
}
