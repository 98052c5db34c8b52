package vn.gov.cantho.egov.calendar;

import java.time.LocalDate;

import vn.gov.cantho.egov.calendar.domain.LunarYears;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7: months start on the day
 * of the new moon, month 11 holds the winter solstice, and a year of 13 months repeats the first month without a
 * principal solar term as a leap month ({@code leapMonth}). {@code year} is the lunar year, which starts at Tết:
 * Tết 2026 is {@code LunarDate.of(2026, 1, 1)}, on 17 February 2026. Conversions cover the solar years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

	public static final int FIRST_YEAR = 1800;
	public static final int LAST_YEAR = 2399;

	public LunarDate {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("lunar month " + month);
		}
		if (day < 1 || day > 30) {
			throw new IllegalArgumentException("lunar day " + day);
		}
	}

	/** A day of an ordinary (not leap) month. */
	public static LunarDate of(int year, int month, int day) {
		return new LunarDate(year, month, day, false);
	}

	/** The lunar date of a solar (Gregorian) day. */
	public static LunarDate fromSolar(LocalDate date) {
		checkYear(date.getYear());
		return LunarYears.toLunar(date);
	}

	/**
	 * The solar day of this lunar date.
	 * @throws IllegalArgumentException when the date does not exist (day 30 of a 29-day month, a leap month the year
	 * does not have) or lies outside the years covered
	 */
	public LocalDate toSolar() {
		checkYear(year);
		LocalDate solar = LunarYears.toSolar(this);
		checkYear(solar.getYear());
		return solar;
	}

	/** The first day of lunar year {@code year} (Tết Nguyên đán) as a solar day. */
	public static LocalDate newYear(int year) {
		return of(year, 1, 1).toSolar();
	}

	/** Days in this date's month: 29 or 30. */
	public int monthLength() {
		checkYear(year);
		return LunarYears.length(year, month, leapMonth);
	}

	/** The leap month of lunar year {@code year} (1 to 12), or 0 when it has none. */
	public static int leapMonthOf(int year) {
		checkYear(year);
		return LunarYears.leapMonth(year);
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year " + year + " outside " + FIRST_YEAR + "-" + LAST_YEAR);
		}
	}

	@Override
	public String toString() {
		return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year + " âm lịch";
	}
}
