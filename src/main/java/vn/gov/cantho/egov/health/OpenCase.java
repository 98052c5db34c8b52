package vn.gov.cantho.egov.health;

import java.time.Instant;

/**
 * A confirmed case (F0) to record: the person (by reference), the infectious window, and why (the purpose recorded
 * with every tracing query). {@code testCode} names the positive test that opened it, when there is one.
 */
public record OpenCase(String personRef, Instant infectiousFrom, Instant infectiousUntil, String reason,
		String testCode) {
}
