package vn.gov.cantho.egov.calendar.web;

import java.util.List;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.LunarDate;

/** A day of the list of days off as a page shows it, with its lunar date. */
record HolidayRow(Holiday day, LunarDate lunar) {

	static List<HolidayRow> of(List<Holiday> days) {
		return days.stream().map(day -> new HolidayRow(day, LunarDate.fromSolar(day.date()))).toList();
	}
}
