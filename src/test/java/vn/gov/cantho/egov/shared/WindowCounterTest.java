package vn.gov.cantho.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window a moment falls in, over seeded random moments and lengths: it starts at a whole multiple of the length,
 * holds the moment, and the retry-after reaches the window's end (never less than a second, never a second more than
 * needed).
 */
class WindowCounterTest {

	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 200).boxed();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aMomentFallsInTheWindowThatHoldsIt(long seed) {
		Random random = new Random(seed);
		Duration length = Duration.ofMillis(1_000 + random.nextInt(3_600_000));
		Instant now = Instant.ofEpochMilli(1_700_000_000_000L + (long) (random.nextDouble() * 100_000_000_000L));

		WindowCounter.Window window = WindowCounter.window(now, length);

		assertThat(window.start().toEpochMilli() % length.toMillis()).isZero();
		assertThat(window.start()).isBeforeOrEqualTo(now);
		Instant end = window.start().plus(length);
		assertThat(end).isAfter(now);
		long untilEnd = Duration.between(now, end).toMillis();
		assertThat(window.retryAfterSeconds() * 1000).isGreaterThanOrEqualTo(untilEnd).isLessThan(untilEnd + 1000);
		assertThat(window.retryAfterSeconds()).isPositive();
	}
}
