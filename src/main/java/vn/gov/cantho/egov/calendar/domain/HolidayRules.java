package vn.gov.cantho.egov.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.gov.cantho.egov.calendar.LunarDate;

/**
 * The days off a year has by default, before any official decision (see docs/calendar.md). Labour Code 2019:
 * Article 112(1) lists the holidays; Article 112(3) leaves the exact five days of Tết and the second day of the
 * National Day to the Prime Minister each year, so this class applies a documented default that the yearly decision,
 * entered by an administrator, overrides; Article 111(3) gives a day off in lieu, on the next working day, of a
 * holiday that falls on the weekly rest day (Saturday or Sunday for the public service).
 */
final class HolidayRules {

	private static final Map<Integer, List<ComputedDay>> YEARS = new ConcurrentHashMap<>();

	private HolidayRules() {
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	/** Every default day off of {@code year} in date order, holidays on a weekend included, with the days in lieu. */
	static List<ComputedDay> daysOff(int year) {
		return YEARS.computeIfAbsent(year, HolidayRules::compute);
	}

	private static List<ComputedDay> compute(int year) {
		List<ComputedDay> holidays = new ArrayList<>(holidays(year));
		holidays.sort(Comparator.comparing(ComputedDay::date));
		Set<LocalDate> taken = new HashSet<>();
		holidays.forEach(day -> taken.add(day.date()));
		Set<LocalDate> seen = new HashSet<>();
		List<ComputedDay> days = new ArrayList<>();
		for (ComputedDay holiday : holidays) {
			// Two holidays on one day (possible only for Hùng Kings' day and 30/4 or 1/5) would otherwise lose one of
			// them; it is given in lieu like a holiday on a weekend.
			boolean coincides = !seen.add(holiday.date());
			if (!coincides) {
				days.add(holiday);
			}
			if (coincides || isWeekend(holiday.date())) {
				LocalDate inLieu = holiday.date().plusDays(1);
				while (isWeekend(inLieu) || taken.contains(inLieu)) {
					inLieu = inLieu.plusDays(1);
				}
				taken.add(inLieu);
				days.add(new ComputedDay(inLieu, holiday.holiday(), true));
			}
		}
		days.sort(Comparator.comparing(ComputedDay::date));
		return List.copyOf(days);
	}

	private static List<ComputedDay> holidays(int year) {
		List<ComputedDay> days = new ArrayList<>();
		days.add(day(LocalDate.of(year, 1, 1), PublicHoliday.NEW_YEAR));
		LocalDate tet = LunarDate.newYear(year);
		for (int offset = -1; offset <= 3; offset++) {
			days.add(day(tet.plusDays(offset), PublicHoliday.TET));
		}
		days.add(day(LunarDate.of(year, 3, 10).toSolar(), PublicHoliday.HUNG_KINGS));
		days.add(day(LocalDate.of(year, 4, 30), PublicHoliday.REUNIFICATION));
		days.add(day(LocalDate.of(year, 5, 1), PublicHoliday.LABOUR_DAY));
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		days.add(day(nationalDay, PublicHoliday.NATIONAL_DAY));
		days.add(day(secondNationalDay(nationalDay), PublicHoliday.NATIONAL_DAY));
		return days;
	}

	/**
	 * The day next to 2 September that joins the holiday to a weekend, as the yearly decisions have done (2024: Monday
	 * 2/9 and Tuesday 3/9; 2025: Monday 1/9 and Tuesday 2/9): 1 September when 2 September is a Tuesday, Friday or
	 * Saturday, otherwise 3 September (a Wednesday has no better side; the day after is taken).
	 */
	static LocalDate secondNationalDay(LocalDate nationalDay) {
		return switch (nationalDay.getDayOfWeek()) {
			case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
			default -> nationalDay.plusDays(1);
		};
	}

	private static ComputedDay day(LocalDate date, PublicHoliday holiday) {
		return new ComputedDay(date, holiday, false);
	}
}
