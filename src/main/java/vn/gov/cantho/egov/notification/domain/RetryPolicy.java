package vn.gov.cantho.egov.notification.domain;

import java.time.Duration;

/**
 * Exponential back-off: the first retry after {@code base}, each further one twice as late, never later than
 * {@code max}; after {@code maxAttempts} attempts the message fails for good.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

	public static RetryPolicy of(NotificationProperties properties) {
		return new RetryPolicy(properties.retryBase(), properties.retryMax(), properties.maxAttempts());
	}

	/** @param attempts attempts made so far (1 after the first failure) */
	public Duration delayAfter(int attempts) {
		int doublings = Math.max(0, Math.min(attempts - 1, 30));
		Duration delay = base.multipliedBy(1L << doublings);
		return delay.compareTo(max) > 0 ? max : delay;
	}

	public boolean exhausted(int attempts) {
		return attempts >= maxAttempts;
	}
}
