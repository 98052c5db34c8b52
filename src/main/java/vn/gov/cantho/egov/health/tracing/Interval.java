package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time: from included, until excluded. */
public record Interval(Instant from, Instant until) {

	public Interval {
		if (until.isBefore(from)) {
			throw new IllegalArgumentException("interval ends before it starts");
		}
	}

	public Duration length() {
		return Duration.between(from, until);
	}

	/** How long both spans share; zero when they do not meet. Symmetric by construction. */
	public Duration overlap(Interval other) {
		Instant start = from.isAfter(other.from) ? from : other.from;
		Instant end = until.isBefore(other.until) ? until : other.until;
		return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
	}

	/** The shared part, or null when they do not meet. */
	public Interval intersection(Interval other) {
		Instant start = from.isAfter(other.from) ? from : other.from;
		Instant end = until.isBefore(other.until) ? until : other.until;
		return end.isAfter(start) ? new Interval(start, end) : null;
	}
}
