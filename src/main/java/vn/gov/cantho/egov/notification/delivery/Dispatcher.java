package vn.gov.cantho.egov.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;
import vn.gov.cantho.egov.notification.domain.RetryPolicy;

/**
 * One node's delivery loop: claim due messages, send each through its channel outside any transaction, and record the
 * outcome. Several nodes may run it against one database at once; the outbox's claims keep them off each other's
 * messages. Logs carry the reference, never the recipient or the text.
 */
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
	/** Rounds per run, so one node cannot spin forever on a flood while the schedule waits. */
	private static final int MAX_ROUNDS = 50;

	/** How a node delivers: which node it is, how much it claims at once, for how long, and how it retries. */
	public record Settings(String node, int batchSize, Duration lease, RetryPolicy retries, boolean demo) {
	}

	private final Outbox outbox;
	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
	private final DemoMailbox demoMailbox = new DemoMailbox();
	private final Settings settings;
	private final Clock clock;

	public Dispatcher(Outbox outbox, List<ChannelSender> senders, Settings settings, Clock clock) {
		this.outbox = outbox;
		senders.forEach(sender -> this.senders.put(sender.channel(), sender));
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Delivers until nothing is due or the round limit is reached. A round that lost its whole batch to another node
	 * goes on to the next due messages rather than idling until the next run.
	 */
	public void dispatchDue() {
		int abandoned = outbox.failAbandoned(settings.retries().maxAttempts(), OffsetDateTime.now(clock));
		if (abandoned > 0) {
			log.warn("{} notifications failed: their node stopped during the last attempt", abandoned);
		}
		for (int round = 0; round < MAX_ROUNDS; round++) {
			if (!dispatchOnce()) {
				return;
			}
		}
	}

	/** @return whether more messages may be due */
	private boolean dispatchOnce() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Outbox.Claim claim = outbox.claim(settings.node(), settings.batchSize(), settings.retries().maxAttempts(), now,
				now.plus(settings.lease()));
		claim.messages().forEach(this::deliver);
		return claim.moreDue();
	}

	private void deliver(OutboxMessage message) {
		if (!outbox.renewLease(message, OffsetDateTime.now(clock).plus(settings.lease()))) {
			log.warn("Notification {}: claim lost before sending; another node has it", message.reference());
			return;
		}
		DeliveryOutcome outcome;
		try {
			outcome = attempt(message);
		}
		catch (RuntimeException e) {
			// A sender bug must not leave the message claimed until the lease runs out, nor stop the batch.
			outcome = new DeliveryOutcome.Retry("unexpected " + e.getClass().getSimpleName());
		}
		record(message, outcome);
	}

	/** Which way this message goes: its channel, the demo mailbox, or nowhere. Package-private for tests. */
	DeliveryOutcome attempt(OutboxMessage message) {
		ChannelSender sender = senders.get(message.channel());
		Optional<String> missing = sender == null ? Optional.of("channel not configured")
				: sender.notConfigured(message);
		if (missing.isEmpty()) {
			return sender.deliver(message);
		}
		return settings.demo() ? demoMailbox.deliver(message) : new DeliveryOutcome.Permanent(missing.get());
	}

	private void record(OutboxMessage message, DeliveryOutcome outcome) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean held;
		if (outcome instanceof DeliveryOutcome.Delivered sent) {
			log.info("Notification {} sent via {}", message.reference(), sent.via());
			held = outbox.markSent(message, sent.via(), sent.providerId(), now);
		}
		else if (outcome instanceof DeliveryOutcome.Permanent failed) {
			log.warn("Notification {} failed: {}", message.reference(), failed.error());
			held = outbox.markFailed(message, failed.error(), now);
		}
		else {
			held = retry(message, (DeliveryOutcome.Retry) outcome, now);
		}
		if (!held) {
			log.warn("Notification {}: claim lost before the outcome was recorded", message.reference());
		}
	}

	private boolean retry(OutboxMessage message, DeliveryOutcome.Retry retry, OffsetDateTime now) {
		RetryPolicy policy = settings.retries();
		if (policy.exhausted(message.attempts())) {
			log.warn("Notification {} failed after {} attempts: {}", message.reference(), message.attempts(),
					retry.error());
			return outbox.markFailed(message, retry.error(), now);
		}
		Duration delay = policy.delayAfter(message.attempts());
		log.info("Notification {} attempt {} failed ({}); retry in {}", message.reference(), message.attempts(),
				retry.error(), delay);
		return outbox.markRetry(message, retry.error(), now.plus(delay), now);
	}
}
