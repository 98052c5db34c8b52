package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.calendar.Holiday;

/**
 * The days of one solar year that are not plain weekdays or weekends: the computed days off (those on a weekend
 * included, so that their names show) overlaid by the official decisions, which win.
 */
record YearPlan(int year, Map<LocalDate, Holiday> days) {

	YearPlan {
		days = Map.copyOf(days);
	}

	static YearPlan of(int year, List<Holiday> computed, List<Holiday> decisions) {
		Map<LocalDate, Holiday> days = new HashMap<>();
		computed.forEach(day -> days.putIfAbsent(day.date(), day));
		decisions.forEach(day -> days.put(day.date(), day));
		return new YearPlan(year, days);
	}

	boolean isWorkingDay(LocalDate date) {
		Holiday day = days.get(date);
		return day == null ? !HolidayRules.isWeekend(date) : day.workingDay();
	}

	/** The days whose status differs from the default week: weekdays off and weekend days made working. */
	List<Holiday> differences() {
		return days.values()
			.stream()
			.filter(day -> day.workingDay() == HolidayRules.isWeekend(day.date()))
			.sorted(Comparator.comparing(Holiday::date))
			.toList();
	}
}
