package vn.gov.cantho.egov.notification.delivery;

import java.util.Optional;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/** Speaks one channel's protocol. Implementations never log or report the recipient. */
public interface ChannelSender {

	Channel channel();

	/** @return why this message cannot go through this channel's settings (no URL, no token), or empty if it can */
	Optional<String> notConfigured(OutboxMessage message);

	/** One attempt. Must not throw: every failure is a {@link DeliveryOutcome}. */
	DeliveryOutcome deliver(OutboxMessage message);
}
