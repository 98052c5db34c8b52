package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;
import vn.gov.cantho.egov.notification.domain.TemplateRenderer;

/** Several nodes on one database: concurrent claims never deliver a message twice; expired leases are taken over. */
@IntegrationTest
class MultiNodeDispatchTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TemplateRenderer templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** Counts deliveries per reference and is slow enough that the nodes' claims overlap in time. */
	static final class CountingSms implements ChannelSender {

		final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

		@Override
		public Channel channel() {
			return Channel.SMS;
		}

		@Override
		public Optional<String> notConfigured(OutboxMessage message) {
			return Optional.empty();
		}

		@Override
		public DeliveryOutcome deliver(OutboxMessage message) {
			deliveries.computeIfAbsent(message.reference(), r -> new AtomicInteger()).incrementAndGet();
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return new DeliveryOutcome.Delivered("counting", null);
		}
	}

	@Test
	void fourNodesClaimingAtOnceDeliverEachMessageExactlyOnce() throws Exception {
		OutboxFixture fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
		TestClock clock = TestClock.farFuture();
		List<String> mine = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			mine.add(fixture.queueTestMessage(Channel.SMS, "09" + ThreadLocalRandom.current().nextInt(10_000_000,
					99_999_999), clock));
		}
		CountingSms sms = new CountingSms();
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (int n = 0; n < 4; n++) {
			Dispatcher node = new Dispatcher(outbox, List.of(sms), new Dispatcher.Settings("node-" + n, 5,
					Duration.ofMinutes(1), new vn.gov.cantho.egov.notification.domain.RetryPolicy(
							Duration.ofSeconds(30), Duration.ofHours(1), 8), true), clock);
			runs.add(nodes.submit(() -> {
				start.await();
				node.dispatchDue();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		nodes.shutdown();

		assertThat(sms.deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		assertThat(sms.deliveries.keySet()).containsAll(mine);
		Set<String> claimers = ConcurrentHashMap.newKeySet();
		for (String reference : mine) {
			OutboxFixture.Row row = fixture.row(reference);
			assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(row.attempts()).isEqualTo(1);
			claimers.add(row.claimedBy());
		}
		assertThat(claimers).as("the work was shared between nodes").hasSizeGreaterThan(1);
	}

	@Test
	void anExpiredLeaseIsTakenOverAndTheFormerHolderCannotOverwriteTheOutcome() {
		OutboxFixture fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
		TestClock clock = TestClock.farFuture();
		String reference = fixture.queueTestMessage(Channel.SMS, "0912345678", clock);
		OffsetDateTime now = OffsetDateTime.now(clock);

		OutboxMessage heldByA = claim("node-a", reference, now);
		assertThat(heldByA).isNotNull();
		assertThat(claim("node-b", reference, now.plusSeconds(30))).as("lease still valid").isNull();

		OutboxMessage heldByB = claim("node-b", reference, now.plusMinutes(2));
		assertThat(heldByB).isNotNull();
		assertThat(heldByB.attempts()).isEqualTo(2);

		assertThat(outbox.renewLease(heldByA, now.plusMinutes(3))).as("A may no longer send it").isFalse();
		assertThat(outbox.renewLease(heldByB, now.plusMinutes(3))).isTrue();
		assertThat(outbox.markSent(heldByA, "late", null, now.plusMinutes(2))).isFalse();
		assertThat(outbox.markSent(heldByB, "counting", null, now.plusMinutes(2))).isTrue();
		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.claimedBy()).isEqualTo("node-b");
		assertThat(row.deliveredVia()).isEqualTo("counting");
	}

	/** Claims everything due for the node and returns the one message of interest, releasing the others. */
	private OutboxMessage claim(String node, String reference, OffsetDateTime now) {
		OutboxMessage found = null;
		for (OutboxMessage message : outbox.claim(node, 500, 8, now, now.plusMinutes(1)).messages()) {
			if (message.reference().equals(reference)) {
				found = message;
			}
			else {
				outbox.markSent(message, "demo", null, now);
			}
		}
		return found;
	}
}
