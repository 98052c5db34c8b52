package vn.gov.cantho.egov.health.testing;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Tells the tested person that their result is ready (or was corrected), by SMS when a phone was given and by e-mail
 * when an address was, in the language they registered in, queued in the outbox with the result itself so both
 * commit together. The message never carries the result, whatever it is: the same words for a positive, a negative
 * and an invalid result, so neither the text nor its length tells anyone who sees the phone or the mailbox (an SMS
 * sits on a lock screen, and a phone is often shared). It gives the registration code and the address of the result
 * page, where the code and the date of birth open the result.
 */
@Component
class ResultMessages {

	static final String READY = "health-test-result";
	static final String CORRECTED = "health-test-result-corrected";

	private final Notifications notifications;
	private final TestingProperties properties;

	ResultMessages(Notifications notifications, TestingProperties properties) {
		this.notifications = notifications;
		this.properties = properties;
	}

	void ready(Registration registration) {
		send(READY, registration);
	}

	void corrected(Registration registration) {
		send(CORRECTED, registration);
	}

	String resultPage() {
		String base = properties.publicUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/xet-nghiem/tra-cuu";
	}

	private void send(String template, Registration registration) {
		Locale locale = Locale.forLanguageTag(registration.language());
		Map<String, String> values = Map.of("code", registration.code(), "url", resultPage());
		// Checked when registered, so the notification module accepts them and cannot roll back the result.
		Contacts.mobile(registration.phone())
			.ifPresent(phone -> notifications.send(
					new NotificationRequest(template, Channel.SMS, phone, locale, values, registration.code())));
		Contacts.email(registration.email())
			.ifPresent(email -> notifications.send(
					new NotificationRequest(template, Channel.EMAIL, email, locale, values, registration.code())));
	}
}
