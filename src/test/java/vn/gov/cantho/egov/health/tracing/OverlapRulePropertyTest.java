package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the overlap rule over seeded random stays (each seed is a reproducible case): the overlap of two stays
 * is symmetric, exposure is symmetric only without lingering, the threshold counts exactly at its value and not a
 * minute below, the default stay stands in for a missing check-out, and nothing depends on where local midnight falls.
 */
class OverlapRulePropertyTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final Instant BASE = LocalDate.of(2027, 3, 1).atStartOfDay(VIETNAM).toInstant();
	static final Duration LINGERING = Duration.ofMinutes(30);
	static final OverlapRule RULE = new OverlapRule(LINGERING, Duration.ofHours(24));
	static final OverlapRule NO_LINGERING = new OverlapRule(Duration.ZERO, Duration.ofHours(24));

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj(i -> 7919L * i + 17);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theOverlapOfTwoStaysIsSymmetricAndNoLongerThanEither(long seed) {
		Random random = new Random(seed);
		Interval a = randomStay(random);
		Interval b = randomStay(random);
		assertThat(a.overlap(b)).isEqualTo(b.overlap(a));
		assertThat(a.overlap(b)).isLessThanOrEqualTo(a.length()).isLessThanOrEqualTo(b.length());
		assertThat(a.overlap(a)).isEqualTo(a.length());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void withoutLingeringExposureIsSymmetric(long seed) {
		Random random = new Random(seed);
		Interval a = randomStay(random);
		Interval b = randomStay(random);
		int threshold = random.nextInt(60);
		Interval aExposesB = NO_LINGERING.exposure(window(NO_LINGERING, a), b, threshold);
		Interval bExposesA = NO_LINGERING.exposure(window(NO_LINGERING, b), a, threshold);
		assertThat(aExposesB).isEqualTo(bExposesA);
	}

	/**
	 * With lingering, the source's stay is extended: exposure from a to b is the overlap of b with a's stay plus the
	 * lingering time, and from b to a the other way round. They agree exactly when neither extension adds overlap.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void lingeringExtendsOnlyTheSourcesStay(long seed) {
		Random random = new Random(seed);
		Interval a = randomStay(random);
		Interval b = randomStay(random);
		Interval aExposesB = RULE.exposure(window(RULE, a), b, 0);
		Interval expected = new Interval(a.from(), a.until().plus(LINGERING)).intersection(b);
		assertThat(aExposesB).isEqualTo(expected);
		assertThat(aExposesB == null ? Duration.ZERO : aExposesB.length()).isGreaterThanOrEqualTo(a.overlap(b));
	}

	/** Someone arriving after the source left, within the lingering time, is exposed; the source is not exposed by them. */
	@ParameterizedTest
	@MethodSource("seeds")
	void aLaterArrivalWithinTheLingeringTimeIsExposedButNotTheOtherWayRound(long seed) {
		Random random = new Random(seed);
		Interval source = randomStay(random);
		long gapMinutes = random.nextInt((int) LINGERING.toMinutes());
		Instant arrival = source.until().plus(Duration.ofMinutes(gapMinutes));
		Interval later = new Interval(arrival, arrival.plus(Duration.ofMinutes(1 + random.nextInt(180))));
		int threshold = random.nextInt(20);
		Interval exposed = RULE.exposure(window(RULE, source), later, threshold);
		Instant lingerEnd = source.until().plus(LINGERING);
		Duration expected = Duration.between(arrival, later.until().isBefore(lingerEnd) ? later.until() : lingerEnd);
		if (expected.compareTo(Duration.ofMinutes(threshold)) >= 0 && !expected.isZero()) {
			assertThat(exposed).isNotNull();
			assertThat(exposed.length()).isEqualTo(expected);
		}
		else {
			assertThat(exposed).isNull();
		}
		assertThat(RULE.exposure(window(RULE, later), source, 0)).as("the one who had left").isNull();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void anOverlapExactlyAtTheThresholdCountsAndOneMinuteLessDoesNot(long seed) {
		Random random = new Random(seed);
		Interval source = randomStay(random);
		Interval window = window(RULE, source);
		int threshold = 1 + random.nextInt((int) Math.min(120, window.length().toMinutes()));
		Instant leaves = window.until().plus(Duration.ofMinutes(random.nextInt(120)));
		Interval exactly = new Interval(window.until().minus(Duration.ofMinutes(threshold)), leaves);
		Interval oneLess = new Interval(window.until().minus(Duration.ofMinutes(threshold - 1)), leaves);
		assertThat(RULE.exposure(window, exactly, threshold)).isNotNull()
			.extracting(Interval::length)
			.isEqualTo(Duration.ofMinutes(threshold));
		assertThat(RULE.exposure(window, oneLess, threshold)).isNull();
		// the same one second below: whole minutes are not rounded up
		Interval secondLess = new Interval(exactly.from().plusSeconds(1), leaves);
		assertThat(RULE.exposure(window, secondLess, threshold)).isNull();
	}

	@Test
	void withAZeroThresholdTouchingIsNotOverlapping() {
		Interval source = new Interval(BASE, BASE.plus(Duration.ofMinutes(10)));
		Interval window = window(RULE, source);
		assertThat(RULE.exposure(window, new Interval(window.until(), window.until().plusSeconds(600)), 0)).isNull();
		assertThat(RULE.exposure(window, new Interval(window.until().minusSeconds(1), window.until()), 0)).isNotNull();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theDefaultStayStandsInForAMissingCheckOutAndNoStayExceedsTheMaximum(long seed) {
		Random random = new Random(seed);
		Instant in = BASE.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
		int defaultStay = 5 + random.nextInt(1436);
		assertThat(RULE.stay(in, null, defaultStay)).isEqualTo(new Interval(in, in.plus(Duration.ofMinutes(defaultStay))));
		Instant out = in.plus(Duration.ofMinutes(random.nextInt(60 * 48)));
		Interval stay = RULE.stay(in, out, defaultStay);
		assertThat(stay.from()).isEqualTo(in);
		assertThat(stay.until()).isEqualTo(out.isAfter(in.plus(RULE.maxStay())) ? in.plus(RULE.maxStay()) : out);
		OverlapRule shortCap = new OverlapRule(LINGERING, Duration.ofMinutes(60));
		assertThat(shortCap.stay(in, null, defaultStay).length()).isLessThanOrEqualTo(Duration.ofMinutes(60));
	}

	/**
	 * The rule has no notion of days: moving both stays by the same amount (across local midnight, across the daily
	 * partitions' boundary) changes nothing but the times.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void staysAcrossLocalMidnightCountLikeAnyOther(long seed) {
		Random random = new Random(seed);
		Instant midnight = BASE.plus(Duration.ofDays(random.nextInt(20)));
		Interval source = new Interval(midnight.minus(Duration.ofMinutes(1 + random.nextInt(120))),
				midnight.plus(Duration.ofMinutes(1 + random.nextInt(120))));
		Interval other = new Interval(midnight.minus(Duration.ofMinutes(random.nextInt(180))),
				midnight.plus(Duration.ofMinutes(1 + random.nextInt(180))));
		int threshold = random.nextInt(30);
		Interval exposure = RULE.exposure(window(RULE, source), other, threshold);
		Duration shift = Duration.ofMinutes(random.nextInt(60 * 24 * 2) - 60 * 24);
		Interval shifted = RULE.exposure(window(RULE, shift(source, shift)), shift(other, shift), threshold);
		assertThat(shifted).isEqualTo(exposure == null ? null : shift(exposure, shift));
		// both are in the rooms at midnight, so they overlap at least from the later arrival to midnight
		Duration atLeast = Duration.between(source.from().isAfter(other.from()) ? source.from() : other.from(), midnight);
		if (atLeast.compareTo(Duration.ofMinutes(threshold)) >= 0 && !atLeast.isZero()) {
			assertThat(exposure).isNotNull();
		}
	}

	@Test
	void theCountedPartOfASourcesStayIsCutToItsWindow() {
		Interval stay = new Interval(BASE, BASE.plus(Duration.ofHours(3)));
		Interval window = RULE.exposingWindow(stay, BASE.plus(Duration.ofHours(1)), BASE.plus(Duration.ofHours(2)));
		assertThat(window).isEqualTo(new Interval(BASE.plus(Duration.ofHours(1)),
				BASE.plus(Duration.ofHours(2)).plus(LINGERING)));
		assertThat(RULE.exposingWindow(stay, BASE.plus(Duration.ofHours(3)), BASE.plus(Duration.ofHours(4)))).isNull();
		assertThat(RULE.exposingWindow(stay, BASE.minus(Duration.ofHours(2)), BASE)).isNull();
	}

	static Interval window(OverlapRule rule, Interval stay) {
		return rule.exposingWindow(stay, stay.from(), stay.until());
	}

	static Interval shift(Interval interval, Duration by) {
		return new Interval(interval.from().plus(by), interval.until().plus(by));
	}

	/** A stay of 1 minute to 6 hours starting anywhere in three days (so across local midnights). */
	static Interval randomStay(Random random) {
		Instant from = BASE.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
		return new Interval(from, from.plus(Duration.ofMinutes(1 + random.nextInt(360))));
	}
}
