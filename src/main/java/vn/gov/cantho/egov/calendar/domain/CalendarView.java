package vn.gov.cantho.egov.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.TimeLimit;

/**
 * Working days and deadlines over one consistent set of year plans (one revision of the decisions), so that a single
 * question, however many years it spans, is answered against one state of the calendar. Rules: docs/calendar.md.
 */
final class CalendarView {

	private final IntFunction<YearPlan> source;
	private final Map<Integer, YearPlan> plans = new HashMap<>();
	private final CalendarProperties hours;

	CalendarView(IntFunction<YearPlan> source, CalendarProperties hours) {
		this.source = source;
		this.hours = hours;
	}

	boolean isWorkingDay(LocalDate date) {
		return plan(date.getYear()).isWorkingDay(date);
	}

	List<Holiday> holidays(int year) {
		return plan(year).differences();
	}

	LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days " + days);
		}
		LocalDate date = from;
		if (days == 0) {
			while (!isWorkingDay(date)) {
				date = date.plusDays(1);
			}
			return date;
		}
		for (int counted = 0; counted < days;) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		int count = 0;
		for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** Before opening on a working day counts as that day: its office hours are the next ones to come. */
	LocalDate receptionDay(LocalDateTime receivedAt) {
		LocalDate day = receivedAt.toLocalDate();
		if (isWorkingDay(day) && receivedAt.toLocalTime().isBefore(hours.officeEnd())) {
			return day;
		}
		return addWorkingDays(day, 1);
	}

	LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit) {
		LocalDateTime start = countedFrom(receivedAt);
		return switch (limit.kind()) {
			case WORKING_DAYS -> closing(addWorkingDays(start.toLocalDate(), limit.workingDays()));
			case SAME_DAY -> closing(beforeCutoff(start) ? start.toLocalDate() : nextWorkingDay(start));
			case HALF_DAY -> plusWorkingTime(
					beforeCutoff(start) ? start : LocalDateTime.of(nextWorkingDay(start), hours.officeStart()),
					hours.halfDay());
		};
	}

	/** The moment the handling time starts: the reception itself during office hours, else the next opening. */
	private LocalDateTime countedFrom(LocalDateTime receivedAt) {
		LocalDate day = receptionDay(receivedAt);
		LocalTime time = receivedAt.toLocalTime();
		if (day.equals(receivedAt.toLocalDate()) && !time.isBefore(hours.officeStart())) {
			return receivedAt;
		}
		return LocalDateTime.of(day, hours.officeStart());
	}

	private boolean beforeCutoff(LocalDateTime start) {
		return start.toLocalTime().isBefore(hours.sameDayCutoff());
	}

	private LocalDate nextWorkingDay(LocalDateTime start) {
		return addWorkingDays(start.toLocalDate(), 1);
	}

	private LocalDateTime closing(LocalDate day) {
		return LocalDateTime.of(day, hours.officeEnd());
	}

	/** {@code start} (within office hours of a working day) plus {@code time} counted in office hours only. */
	private LocalDateTime plusWorkingTime(LocalDateTime start, Duration time) {
		LocalDateTime at = start;
		Duration left = time;
		while (true) {
			Duration today = Duration.between(at.toLocalTime(), hours.officeEnd());
			if (left.compareTo(today) <= 0) {
				return at.plus(left);
			}
			left = left.minus(today);
			at = LocalDateTime.of(addWorkingDays(at.toLocalDate(), 1), hours.officeStart());
		}
	}

	private YearPlan plan(int year) {
		return plans.computeIfAbsent(year, source::apply);
	}
}
