package vn.gov.cantho.egov.calendar.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.calendar.domain.CalendarDecisions;
import vn.gov.cantho.egov.shared.BusinessException;

/** The working calendar as JSON, open to everyone. */
@RestController
@Tag(name = "Working calendar", description = "Lịch làm việc: ngày nghỉ lễ, ngày làm bù, cộng ngày làm việc")
@SecurityRequirements
class CalendarApi {

	static final int MAX_DAYS = 3650;

	private final WorkingCalendar calendar;

	CalendarApi(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/calendar/holidays")
	@Operation(summary = "Days off on weekdays and swapped working days of a year",
			description = "Computed public holidays (Labour Code 2019 Art. 112, lunar ones for UTC+7, days in lieu of "
					+ "holidays on a weekend) overlaid by official decisions (source DECISION), which win. "
					+ "Weekends are off unless listed with workingDay true.")
	List<Holiday> holidays(@Parameter(description = "Solar year, 1900 to 2199", example = "2027") @RequestParam int year) {
		checkYear(year, "year");
		return calendar.holidays(year);
	}

	@GetMapping("/api/v1/calendar/add-working-days")
	@Operation(summary = "The n-th working day after a date",
			description = "The date itself is not counted; days = 0 gives the first working day on or after it.")
	WorkingDay addWorkingDays(
			@Parameter(description = "ISO date, year 1900 to 2199", example = "2027-02-01") @RequestParam
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Working days to add, 0 to " + MAX_DAYS, example = "5") @RequestParam int days) {
		checkYear(from.getYear(), "from");
		if (days < 0 || days > MAX_DAYS) {
			throw BusinessException.badRequest("invalid-parameter", "days", "days");
		}
		return new WorkingDay(calendar.addWorkingDays(from, days));
	}

	private static void checkYear(int year, String field) {
		if (year < CalendarDecisions.FIRST_YEAR || year > CalendarDecisions.LAST_YEAR) {
			throw BusinessException.badRequest("invalid-parameter", field, field);
		}
	}

	/** The answer of add-working-days: exactly one ISO date. */
	record WorkingDay(LocalDate date) {
	}
}
