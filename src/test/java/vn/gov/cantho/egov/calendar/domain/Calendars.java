package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import vn.gov.cantho.egov.calendar.Holiday;

/** Calendar views without a database: the computed days off, plus the given decisions. */
final class Calendars {

	private Calendars() {
	}

	static CalendarView computed() {
		return withDecisions(List.of());
	}

	static CalendarView withDecisions(List<Holiday> decisions) {
		return new CalendarView(year -> YearPlan.of(year, computedDays(year),
				decisions.stream().filter(d -> d.date().getYear() == year).toList()), CalendarProperties.defaults());
	}

	static List<Holiday> computedDays(int year) {
		return HolidayRules.daysOff(year)
			.stream()
			.map(day -> new Holiday(day.date(), day.holiday().name(), day.holiday().name(), false,
					Holiday.Source.COMPUTED))
			.toList();
	}

	static Holiday decision(LocalDate date, boolean workingDay) {
		return new Holiday(date, "Quyết định thử", "Test decision", workingDay, Holiday.Source.DECISION);
	}
}
