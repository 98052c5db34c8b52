package vn.gov.cantho.egov.calendar.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.calendar.domain.CalendarProperties;

/** The public list of a year's days off and swapped working days, with the office hours. */
@Controller
class HolidaysPage {

	private final WorkingCalendar calendar;
	private final CalendarProperties hours;
	private final Clock clock;

	HolidaysPage(WorkingCalendar calendar, CalendarProperties hours, Clock clock) {
		this.calendar = calendar;
		this.hours = hours;
		this.clock = clock;
	}

	@GetMapping("/lich-nghi")
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = Years.checked(year, clock);
		model.addAttribute("year", shown);
		model.addAttribute("days", HolidayRow.of(calendar.holidays(shown)));
		model.addAttribute("hours", hours);
		return "calendar/holidays";
	}
}
