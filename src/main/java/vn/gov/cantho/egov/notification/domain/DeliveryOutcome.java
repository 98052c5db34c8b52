package vn.gov.cantho.egov.notification.domain;

/** What a channel made of one delivery attempt. Errors are short and technical, never personal data. */
public sealed interface DeliveryOutcome {

	/** The channel accepted the message. @param via which path took it (smtp, sms-gateway, zalo, demo) */
	record Delivered(String via, String providerId) implements DeliveryOutcome {
	}

	/** A passing failure (timeout, 5xx, rate limit): try again later. */
	record Retry(String error) implements DeliveryOutcome {
	}

	/** Retrying cannot help (rejected recipient, channel not configured): give up now. */
	record Permanent(String error) implements DeliveryOutcome {
	}
}
