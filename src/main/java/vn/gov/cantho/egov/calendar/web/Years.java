package vn.gov.cantho.egov.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import vn.gov.cantho.egov.calendar.domain.CalendarDecisions;
import vn.gov.cantho.egov.shared.BusinessException;

/** The year a calendar page shows: the one asked for, within the years covered, or the current one. */
final class Years {

	private Years() {
	}

	static int checked(Integer year, Clock clock) {
		if (year == null) {
			return current(clock);
		}
		if (year < CalendarDecisions.FIRST_YEAR || year > CalendarDecisions.LAST_YEAR) {
			throw BusinessException.badRequest("invalid-parameter", "year", "year");
		}
		return year;
	}

	static int current(Clock clock) {
		return LocalDate.now(clock).getYear();
	}

	static int clamp(int year) {
		return Math.max(CalendarDecisions.FIRST_YEAR, Math.min(CalendarDecisions.LAST_YEAR, year));
	}
}
