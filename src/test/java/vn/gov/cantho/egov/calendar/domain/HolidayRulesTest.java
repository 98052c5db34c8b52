package vn.gov.cantho.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default days off of a year: Labour Code 2019 Art. 112, the documented defaults, and days in lieu. */
class HolidayRulesTest {

	private static List<LocalDate> daysOff(int year) {
		return HolidayRules.daysOff(year).stream().map(ComputedDay::date).toList();
	}

	private static List<LocalDate> inLieu(int year) {
		return HolidayRules.daysOff(year).stream().filter(ComputedDay::compensatory).map(ComputedDay::date).toList();
	}

	@Test
	void year2026HasTheLawsElevenDaysAndADayInLieuOfHungKingsDayOnASunday() {
		assertThat(daysOff(2026)).containsExactly(LocalDate.of(2026, 1, 1),
				// Tết: the last day of Ất Tỵ (16/02) and the first four days of Bính Ngọ (17/02 to 20/02)
				LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
				LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
				// Hùng Kings' day is Sunday 26/04/2026; the day in lieu is Monday 27/04
				LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30),
				LocalDate.of(2026, 5, 1),
				// 2 September 2026 is a Wednesday: the day after is taken
				LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
		assertThat(inLieu(2026)).containsExactly(LocalDate.of(2026, 4, 27));
		assertThat(HolidayRules.daysOff(2026)).filteredOn(day -> day.date().equals(LocalDate.of(2026, 2, 17)))
			.extracting(ComputedDay::holiday)
			.containsExactly(PublicHoliday.TET);
	}

	@Test
	void holidaysOnAWeekendGiveTheNextWorkingDaysInLieu() {
		// 30/4/2022 was a Saturday and 1/5/2022 a Sunday: the days in lieu were Monday 2/5 and Tuesday 3/5.
		assertThat(inLieu(2022)).contains(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
		// 1/1/2023 was a Sunday: the day in lieu was Monday 2/1/2023.
		assertThat(inLieu(2023)).contains(LocalDate.of(2023, 1, 2));
		// Tết 2027 (06/02) is a Saturday: Saturday and Sunday of Tết give Wednesday 10/02 and Thursday 11/02, after
		// the five days 05/02 to 09/02.
		assertThat(daysOff(2027)).containsSubsequence(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
				LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
				LocalDate.of(2027, 2, 11));
		assertThat(inLieu(2027)).contains(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
	}

	/** The second day of the National Day joins the weekend, as the decisions of 2021 to 2025 did. */
	@ParameterizedTest(name = "2/9/{0} is a {1}: the second day is {2}")
	@CsvSource({ "2021, THURSDAY, 2021-09-03", "2022, FRIDAY, 2022-09-01", "2023, SATURDAY, 2023-09-01",
			"2024, MONDAY, 2024-09-03", "2025, TUESDAY, 2025-09-01", "2026, WEDNESDAY, 2026-09-03",
			"2029, SUNDAY, 2029-09-03" })
	void theSecondNationalDayJoinsTheWeekend(int year, String weekday, LocalDate second) {
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		assertThat(nationalDay.getDayOfWeek().name()).isEqualTo(weekday);
		assertThat(HolidayRules.secondNationalDay(nationalDay)).isEqualTo(second);
		assertThat(daysOff(year)).contains(nationalDay, second);
	}

	@Test
	void aNationalDayOnAWeekendAlsoGivesADayInLieu() {
		// 2/9/2023 was a Saturday: off Friday 1/9 and, in lieu, Monday 4/9 (the decision of that year).
		assertThat(daysOff(2023)).contains(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 2), LocalDate.of(2023, 9, 4));
		// 2/9/2029 is a Sunday: off Monday 3/9 and, in lieu of Sunday, Tuesday 4/9.
		assertThat(inLieu(2029)).contains(LocalDate.of(2029, 9, 4));
	}

	@Test
	void twoHolidaysOnOneDayGiveADayInLieu() {
		// In 1947 the 10th of the 3rd lunar month fell on 30 April (a Wednesday); 1 May is taken, so Friday 2 May.
		assertThat(HolidayRules.daysOff(1947)).filteredOn(ComputedDay::compensatory)
			.extracting(ComputedDay::date, ComputedDay::holiday)
			.contains(tuple(LocalDate.of(1947, 5, 2), PublicHoliday.REUNIFICATION));
	}

	@Test
	void everyYearHasElevenHolidaysAndADayInLieuForEachOnAWeekend() {
		for (int year = 1990; year <= 2100; year++) {
			List<ComputedDay> days = HolidayRules.daysOff(year);
			long holidays = days.stream().filter(day -> !day.compensatory()).count();
			long onWeekends = days.stream().filter(day -> !day.compensatory() && HolidayRules.isWeekend(day.date()))
				.count();
			assertThat(holidays).as("holidays of %s", year).isEqualTo(11);
			assertThat(days).as("days in lieu of %s", year).filteredOn(ComputedDay::compensatory).hasSize((int) onWeekends);
			assertThat(days).as("days in lieu of %s", year)
				.filteredOn(ComputedDay::compensatory)
				.allSatisfy(day -> assertThat(HolidayRules.isWeekend(day.date())).isFalse());
			assertThat(days.stream().map(ComputedDay::date).distinct().count()).as("distinct days of %s", year)
				.isEqualTo(days.size());
		}
	}
}
