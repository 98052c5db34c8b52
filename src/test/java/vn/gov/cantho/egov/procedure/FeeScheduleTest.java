package vn.gov.cantho.egov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a dossier costs: fixed fees with a lower online price, and per-page fees with a reduced rate and a cap. */
class FeeScheduleTest {

	/** Certified copy (Circular 226/2016/TT-BTC): 2,000 per page, 1,000 from page 3, at most 200,000 per copy. */
	static final FeeSchedule CERTIFIED_COPY = new FeeSchedule(FeeSchedule.Kind.PER_PAGE, 2_000, null, 2, 1_000L,
			200_000L);

	@Test
	void certifiedCopiesCostTwoThousandForEachOfTheFirstTwoPagesThenOneThousand() {
		assertThat(CERTIFIED_COPY.feeFor(false, 1)).isEqualTo(2_000);
		assertThat(CERTIFIED_COPY.feeFor(false, 2)).isEqualTo(4_000);
		assertThat(CERTIFIED_COPY.feeFor(false, 3)).isEqualTo(5_000);
		assertThat(CERTIFIED_COPY.feeFor(false, 10)).isEqualTo(12_000);
	}

	@Test
	void certifiedCopiesNeverCostMoreThanTheCap() {
		assertThat(CERTIFIED_COPY.feeFor(false, 196)).isEqualTo(198_000);
		assertThat(CERTIFIED_COPY.feeFor(false, 198)).isEqualTo(200_000);
		assertThat(CERTIFIED_COPY.feeFor(false, 500)).isEqualTo(200_000);
	}

	@Test
	void zeroOrNegativePagesCountAsOnePage() {
		assertThat(CERTIFIED_COPY.feeFor(false, 0)).isEqualTo(2_000);
		assertThat(CERTIFIED_COPY.feeFor(true, -3)).isEqualTo(2_000);
	}

	@Test
	void aFixedFeeIsLowerOnlineWhenAnOnlinePriceIsSet() {
		FeeSchedule residence = FeeSchedule.fixed(20_000, 10_000L);
		assertThat(residence.feeFor(false, 1)).isEqualTo(20_000);
		assertThat(residence.feeFor(true, 1)).isEqualTo(10_000);
		FeeSchedule passport = FeeSchedule.fixed(200_000, null);
		assertThat(passport.feeFor(true, 7)).as("online without its own price, pages ignored").isEqualTo(200_000);
	}

	@Test
	void aFreeProcedureCostsNothing() {
		assertThat(FeeSchedule.free().feeFor(false, 40)).isZero();
		assertThat(FeeSchedule.free().feeFor(true, 1)).isZero();
	}

	/** Seeded random per-page schedules: first price, pages at that price, reduced price at most the first, cap. */
	static Stream<Arguments> perPageSchedules() {
		Random random = new Random(20_250_701L);
		return LongStream.range(0, 200).mapToObj(i -> {
			long first = 500 + random.nextInt(20) * 500L;
			Integer fullPages = random.nextInt(4) == 0 ? null : 1 + random.nextInt(5);
			Long reduced = fullPages == null ? null : (long) random.nextInt((int) first + 1);
			Long cap = random.nextInt(5) == 0 ? null : first + random.nextInt(400) * 1_000L;
			return Arguments.of(new FeeSchedule(FeeSchedule.Kind.PER_PAGE, first, null, fullPages, reduced, cap),
					random.nextBoolean());
		});
	}

	@ParameterizedTest
	@MethodSource("perPageSchedules")
	void aPerPageFeeNeverExceedsItsCapAndNeverFallsWhenPagesAreAdded(FeeSchedule fee, boolean online) {
		long previous = 0;
		for (int pages = 1; pages <= 600; pages++) {
			long due = fee.feeFor(online, pages);
			assertThat(due).as("fee for %d pages", pages).isGreaterThanOrEqualTo(previous).isPositive();
			if (fee.cap() != null) {
				assertThat(due).as("fee for %d pages", pages).isLessThanOrEqualTo(fee.cap());
			}
			else {
				assertThat(due).as("without a cap, at least the reduced price per page")
					.isGreaterThanOrEqualTo(fee.amount() + (pages - 1L) * (fee.reducedAmount() == null ? fee.amount()
							: Math.min(fee.amount(), fee.reducedAmount())));
			}
			previous = due;
		}
	}
}
