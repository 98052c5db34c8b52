package vn.gov.cantho.egov.notification.domain;

import java.util.Locale;
import java.util.Map;

import vn.gov.cantho.egov.notification.Channel;

/**
 * A message claimed for delivery, with everything a channel needs to send it. The recipient is already normalised
 * (an e-mail address, or a phone number as 84xxxxxxxxx) and must never be logged.
 *
 * @param claimToken the claim this node holds; completing the message requires it, so a node whose lease ran out
 * cannot overwrite the outcome of the node that took over
 * @param attempts attempts so far, including this one
 */
public record OutboxMessage(long id, String reference, String template, Channel channel, String recipient,
		Locale locale, String subject, String body, Map<String, String> values, String claimToken, int attempts) {

	public OutboxMessage {
		values = Map.copyOf(values);
	}
}
