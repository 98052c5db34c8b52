package vn.gov.cantho.egov.notification.delivery;

import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/**
 * In demo mode, the stand-in for a channel nobody configured: the message counts as delivered "via demo" and stays in
 * the outbox, where the administration page shows exactly what the citizen would have received.
 */
public class DemoMailbox {

	public static final String VIA = "demo";

	public DeliveryOutcome deliver(OutboxMessage message) {
		return new DeliveryOutcome.Delivered(VIA, null);
	}
}
