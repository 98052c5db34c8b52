package vn.gov.cantho.egov.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.calendar.WorkingCalendar;

/**
 * A working calendar with weekends only and office hours until 17:00, so that unit tests of the dossier rules can
 * count days by hand; integration tests use the real calendar.
 */
final class WeekendCalendar implements WorkingCalendar {

	static final LocalTime CLOSING = LocalTime.of(17, 0);

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		if (days == 0) {
			while (!isWorkingDay(date)) {
				date = date.plusDays(1);
			}
			return date;
		}
		for (int added = 0; added < days;) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				added++;
			}
		}
		return date;
	}

	@Override
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		int days = 0;
		for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				days++;
			}
		}
		return days;
	}

	@Override
	public List<Holiday> holidays(int year) {
		return List.of();
	}

	@Override
	public LocalDate receptionDay(LocalDateTime receivedAt) {
		LocalDate day = receivedAt.toLocalDate();
		return isWorkingDay(day) && receivedAt.toLocalTime().isBefore(CLOSING) ? day : addWorkingDays(day, 1);
	}

	@Override
	public LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit) {
		LocalDate day = receptionDay(receivedAt);
		return switch (limit.kind()) {
			case WORKING_DAYS -> addWorkingDays(day, limit.workingDays()).atTime(CLOSING);
			case SAME_DAY, HALF_DAY -> day.atTime(CLOSING);
		};
	}
}
