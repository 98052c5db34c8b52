package vn.gov.cantho.egov.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A clock the test moves by hand, set decades ahead: messages the test queues at that time are not yet due for the
 * application's own scheduled dispatcher (which runs on the real clock in the shared test context), so only the
 * dispatchers the test builds deliver them.
 */
final class TestClock extends Clock {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private volatile Instant now;

	private TestClock(Instant start) {
		this.now = start;
	}

	/** A random instant between 100 and 200 years from now, so test runs sharing a database do not meet. */
	static TestClock farFuture() {
		long days = ThreadLocalRandom.current().nextLong(36_500, 73_000);
		return new TestClock(Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("tests stay in Vietnam's time");
	}

	@Override
	public Instant instant() {
		return now;
	}
}
