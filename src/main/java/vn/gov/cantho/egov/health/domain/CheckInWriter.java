package vn.gov.cantho.egov.health.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.IntakeBusy;

/**
 * Group commit of single check-ins. A request thread puts its verified check-in on a bounded queue and waits for its
 * future; writer threads take whatever is waiting (up to {@code max-group} rows), insert it with one statement in one
 * transaction, and complete each future only after the commit, so an acknowledged check-in is durable. Under load a
 * commit is shared by hundreds of requests instead of each paying for its own. A full queue refuses at once
 * ({@link IntakeBusy}, 503 with Retry-After) rather than letting waits grow without bound. On shutdown the writers
 * stop after the web server stopped taking requests, and drain what is queued before the database pool closes.
 */
@Component
class CheckInWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CheckInWriter.class);

	private final CheckInTransactions transactions;
	private final BlockingQueue<Waiting> queue;
	private final int maxGroup;
	private final int threadCount;
	private final List<Thread> threads = new ArrayList<>();
	private final DistributionSummary groupSizes;
	private final Timer groupTimes;
	private volatile boolean running;

	CheckInWriter(CheckInTransactions transactions, IntakeProperties properties, MeterRegistry meters) {
		this.transactions = transactions;
		this.queue = new ArrayBlockingQueue<>(properties.writer().queueCapacity());
		this.maxGroup = properties.writer().maxGroup();
		this.threadCount = properties.writer().threads();
		// How many check-ins share a commit and how long a commit takes: the two figures that explain throughput.
		this.groupSizes = DistributionSummary.builder("egov.health.check-in.group.size")
			.description("Check-ins written by one statement and one commit")
			.register(meters);
		this.groupTimes = Timer.builder("egov.health.check-in.group.time")
			.description("Time to insert and commit one group of check-ins")
			.register(meters);
		meters.gauge("egov.health.check-in.queue", queue, BlockingQueue::size);
	}

	/** Queues a check-in; the future completes once its group is committed (or refused). */
	CompletableFuture<RowOutcome> submit(PendingCheckIn row) {
		Waiting waiting = new Waiting(row, new CompletableFuture<>());
		if (!running || !queue.offer(waiting)) {
			throw new IntakeBusy(1);
		}
		return waiting.done();
	}

	int waiting() {
		return queue.size();
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		for (int i = 0; i < threadCount; i++) {
			Thread thread = new Thread(this::work, "check-in-writer-" + i);
			thread.setDaemon(false);
			threads.add(thread);
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		threads.clear();
		// Anything still queued (a writer did not finish in time) is refused, never left waiting.
		List<Waiting> left = new ArrayList<>();
		queue.drainTo(left);
		left.forEach(w -> w.done().completeExceptionally(new IntakeBusy(1)));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** After the web server (which stops in a higher phase), before the data source is closed. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void work() {
		List<Waiting> group = new ArrayList<>(maxGroup);
		while (running || !queue.isEmpty()) {
			try {
				Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, maxGroup - 1);
				write(group);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("Check-in group failed", e);
				group.forEach(w -> w.done().completeExceptionally(new IntakeBusy(1)));
			}
			finally {
				group.clear();
			}
		}
	}

	private void write(List<Waiting> group) {
		List<PendingCheckIn> rows = new ArrayList<>(group.size());
		group.forEach(w -> rows.add(w.row()));
		long start = System.nanoTime();
		List<RowOutcome> outcomes = transactions.write(rows, true);
		groupTimes.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		groupSizes.record(rows.size());
		for (int i = 0; i < group.size(); i++) {
			group.get(i).done().complete(outcomes.get(i));
		}
	}

	private record Waiting(PendingCheckIn row, CompletableFuture<RowOutcome> done) {
	}
}
