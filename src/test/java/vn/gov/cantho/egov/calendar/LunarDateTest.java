package vn.gov.cantho.egov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known dates of the Vietnamese lunar calendar, as published in Vietnam (UTC+7). */
class LunarDateTest {

	/**
	 * Tết Nguyên đán (1st day of the 1st lunar month) 1990 to 2030 as celebrated in Vietnam. 2007 and 2030 differ
	 * from the Chinese New Year (18/02/2007, 03/02/2030) because the new moon falls between 23:00 and midnight in
	 * Vietnam's time zone.
	 */
	@ParameterizedTest(name = "Tết {0} = {1}")
	@CsvSource({ "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04", "1993, 1993-01-23",
			"1994, 1994-02-10", "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07", "1998, 1998-01-28",
			"1999, 1999-02-16", "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01",
			"2004, 2004-01-22", "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07",
			"2009, 2009-01-26", "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10",
			"2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
			"2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
			"2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
			"2029, 2029-02-13", "2030, 2030-02-02" })
	void tetFallsOnTheKnownDay(int year, LocalDate tet) {
		assertThat(LunarDate.newYear(year)).isEqualTo(tet);
		assertThat(LunarDate.fromSolar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
		assertThat(LunarDate.fromSolar(tet.minusDays(1)).year()).isEqualTo(year - 1);
		assertThat(LunarDate.fromSolar(tet.minusDays(1)).month()).isEqualTo(12);
	}

	@ParameterizedTest(name = "Tết {0} in Vietnam = {1}, a day before China")
	@CsvSource({ "2007, 2007-02-17", "2030, 2030-02-02", "2053, 2053-02-18" })
	void theNewMoonIsTakenInVietnamsTimeZone(int year, LocalDate tet) {
		assertThat(LunarDate.newYear(year)).isEqualTo(tet);
	}

	/** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month. */
	@ParameterizedTest(name = "Hùng Kings {0} = {1}")
	@CsvSource({ "2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10",
			"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26" })
	void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
		assertThat(LunarDate.of(year, 3, 10).toSolar()).isEqualTo(day);
		assertThat(LunarDate.fromSolar(day)).isEqualTo(LunarDate.of(year, 3, 10));
	}

	@ParameterizedTest(name = "lunar {0} has leap month {1}")
	@CsvSource({ "2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2",
			"2025, 6", "2024, 0", "2026, 0" })
	void leapMonthsAreTheKnownOnes(int year, int leapMonth) {
		assertThat(LunarDate.leapMonthOf(year)).isEqualTo(leapMonth);
	}

	@Test
	void aLeapMonthRepeatsTheNumberOfTheMonthBefore() {
		// 2023 had a leap 2nd month: 2nd month from 20/02/2023, leap 2nd month from 22/03/2023.
		assertThat(LunarDate.fromSolar(LocalDate.of(2023, 3, 21))).isEqualTo(new LunarDate(2023, 2, 30, false));
		assertThat(LunarDate.fromSolar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
		assertThat(new LunarDate(2023, 2, 1, true).toSolar()).isEqualTo(LocalDate.of(2023, 3, 22));
		assertThat(LunarDate.of(2023, 3, 1).toSolar()).isEqualTo(LocalDate.of(2023, 4, 20));
	}

	@Test
	void midAutumnAndTheKitchenGodsFallOnTheirKnownDays() {
		assertThat(LunarDate.of(2024, 8, 15).toSolar()).isEqualTo(LocalDate.of(2024, 9, 17));
		assertThat(LunarDate.of(2025, 8, 15).toSolar()).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(LunarDate.of(2025, 12, 23).toSolar()).isEqualTo(LocalDate.of(2026, 2, 10));
	}

	@Test
	void datesThatDoNotExistAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(2024, 2, 1, true).toSolar());
		assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2024, 13, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2024, 1, 31));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.fromSolar(LocalDate.of(1700, 1, 1)));
		// The last month of Ất Tỵ has 29 days: there is no 30 Tết before Tết 2026.
		assertThat(LunarDate.of(2025, 12, 1).monthLength()).isEqualTo(29);
		assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2025, 12, 30).toSolar());
	}
}
