package vn.gov.cantho.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.cantho.egov.calendar.LunarDate;

/** Properties of working-day arithmetic and of the lunar conversion over seeded random dates of 1990 to 2100. */
class CalendarPropertyTest {

	private static final long SEED = 20260217L;
	private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
	private static final int SPAN = (int) (LocalDate.of(2100, 12, 31).toEpochDay() - FIRST.toEpochDay());

	private final CalendarView calendar = Calendars.computed();

	static Stream<Arguments> datesAndCounts() {
		Random random = new Random(SEED);
		return IntStream.range(0, 300)
			.mapToObj(i -> Arguments.of(FIRST.plusDays(random.nextInt(SPAN)), random.nextInt(i % 10 == 0 ? 3651 : 60)));
	}

	static Stream<LocalDate> dates() {
		Random random = new Random(SEED + 1);
		return IntStream.range(0, 500).mapToObj(i -> FIRST.plusDays(random.nextInt(SPAN)));
	}

	private static Set<LocalDate> daysOff(int year) {
		return HolidayRules.daysOff(year).stream().map(ComputedDay::date).collect(Collectors.toSet());
	}

	@ParameterizedTest(name = "{1} working days after {0}")
	@MethodSource("datesAndCounts")
	void addingWorkingDaysNeverLandsOnAWeekendOrAHoliday(LocalDate from, int days) {
		LocalDate due = calendar.addWorkingDays(from, days);
		assertThat(HolidayRules.isWeekend(due)).as("weekend %s", due).isFalse();
		assertThat(daysOff(due.getYear())).as("days off of %s", due.getYear()).doesNotContain(due);
		assertThat(due).isAfterOrEqualTo(from);
		if (days > 0) {
			assertThat(due).isAfter(from);
		}
	}

	@ParameterizedTest(name = "{1} working days after {0}")
	@MethodSource("datesAndCounts")
	void addingIsMonotonicInTheCountAndInTheStart(LocalDate from, int days) {
		LocalDate due = calendar.addWorkingDays(from, days);
		// With 0 days a day off gives the first working day after it, which is also the one working day after it.
		if (days > 0 || calendar.isWorkingDay(from)) {
			assertThat(calendar.addWorkingDays(from, days + 1)).isAfter(due);
		}
		else {
			assertThat(calendar.addWorkingDays(from, 1)).isEqualTo(due);
		}
		assertThat(calendar.addWorkingDays(from.plusDays(1), days)).isAfterOrEqualTo(due);
		assertThat(calendar.addWorkingDays(from.minusDays(1), days)).isBeforeOrEqualTo(due);
	}

	@ParameterizedTest(name = "{1} working days after {0}")
	@MethodSource("datesAndCounts")
	void countingBackGivesTheNumberAdded(LocalDate from, int days) {
		int added = Math.max(days, 1);
		assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, added))).isEqualTo(added);
		assertThat(calendar.workingDaysBetween(from, from)).isZero();
		assertThat(calendar.workingDaysBetween(from, from.minusDays(days))).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dates")
	void zeroDaysGiveTheFirstWorkingDayOnOrAfterTheDate(LocalDate date) {
		LocalDate first = calendar.addWorkingDays(date, 0);
		assertThat(calendar.isWorkingDay(first)).isTrue();
		assertThat(calendar.workingDaysBetween(date.minusDays(1), first.minusDays(1))).isZero();
		assertThat(first).isEqualTo(calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dates")
	void solarToLunarToSolarIsTheSameDay(LocalDate date) {
		LunarDate lunar = LunarDate.fromSolar(date);
		assertThat(lunar.toSolar()).isEqualTo(date);
		assertThat(lunar.day()).isBetween(1, lunar.monthLength());
		LunarDate next = LunarDate.fromSolar(date.plusDays(1));
		if (lunar.day() < lunar.monthLength()) {
			assertThat(next).isEqualTo(new LunarDate(lunar.year(), lunar.month(), lunar.day() + 1, lunar.leapMonth()));
		}
		else {
			assertThat(next.day()).isEqualTo(1);
			assertThat(next.month() == lunar.month() ? next.leapMonth() : next.month() == lunar.month() % 12 + 1)
				.as("month after %s", lunar)
				.isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dates")
	void lunarToSolarToLunarIsTheSameDate(LocalDate seed) {
		LunarDate start = LunarDate.fromSolar(seed);
		Random random = new Random(seed.toEpochDay());
		LunarDate lunar = LunarDate.of(start.year(), 1 + random.nextInt(12), 1 + random.nextInt(29));
		assertThat(LunarDate.fromSolar(lunar.toSolar())).isEqualTo(lunar);
	}
}
