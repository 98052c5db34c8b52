package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;

/**
 * Who counts as exposed at a venue, as pure arithmetic so that it can be checked property by property without a
 * database.
 * <ul>
 * <li>A stay runs from the check-in to the check-out; without a check-out it lasts the venue's default stay; never
 * longer than the maximum stay.</li>
 * <li>A source (the case, or for F2 an F1) exposes others from the start of the part of its stay that counts (inside
 * the infectious window, after its own exposure) until that part ends plus the lingering time: people arriving soon
 * after the source left still breathe the same air.</li>
 * <li>Someone else at the same venue is exposed when their stay overlaps that exposing window by at least the venue's
 * minimum overlap (and by more than nothing when the minimum is zero).</li>
 * </ul>
 * The overlap of two stays is symmetric; exposure is not, because only the source's stay is extended by the lingering
 * time: a person who left before the source arrived is never exposed by it.
 */
public final class OverlapRule {

	private final Duration lingering;
	private final Duration maxStay;

	public OverlapRule(Duration lingering, Duration maxStay) {
		this.lingering = lingering;
		this.maxStay = maxStay;
	}

	public Duration maxStay() {
		return maxStay;
	}

	public Duration lingering() {
		return lingering;
	}

	/** A stay from a check-in: to the check-out, or the venue's default stay without one; cut to the maximum stay. */
	public Interval stay(Instant checkedIn, Instant checkedOut, int defaultStayMinutes) {
		Instant cap = checkedIn.plus(maxStay);
		Instant end = checkedOut != null ? checkedOut : checkedIn.plusSeconds(60L * defaultStayMinutes);
		if (end.isAfter(cap)) {
			end = cap;
		}
		return new Interval(checkedIn, end.isBefore(checkedIn) ? checkedIn : end);
	}

	/**
	 * The window in which a source's stay exposes others: the part of the stay from {@code notBefore} (start of the
	 * infectious window, or an F1's first exposure) to {@code notAfter} (end of the window, isolation), extended by the
	 * lingering time. Null when no part of the stay falls between the two.
	 */
	public Interval exposingWindow(Interval sourceStay, Instant notBefore, Instant notAfter) {
		if (!notAfter.isAfter(notBefore)) {
			// an F1 exposed in the lingering time after the case's window ended has no time left to expose others
			return null;
		}
		Interval counted = sourceStay.intersection(new Interval(notBefore, notAfter));
		return counted == null ? null : new Interval(counted.from(), counted.until().plus(lingering));
	}

	/** The exposure of someone whose stay was {@code other} to an exposing window, or null when it is too short. */
	public Interval exposure(Interval exposingWindow, Interval other, int minOverlapMinutes) {
		Interval shared = exposingWindow.intersection(other);
		if (shared == null || shared.length().compareTo(Duration.ofMinutes(minOverlapMinutes)) < 0) {
			return null;
		}
		return shared;
	}
}
