package vn.gov.cantho.egov.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Answers which days are working days in Cần Thơ and counts deadlines on them. Official decisions (extra days off,
 * swapped working Saturdays) win over the computed defaults.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The {@code days}-th working day after {@code from} ({@code from} itself is not counted, whatever it is). With
	 * {@code days == 0} the first working day on or after {@code from}.
	 */
	LocalDate addWorkingDays(LocalDate from, int days);

	/** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when to is not after from. */
	int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

	/** Every day off of the year that falls on a weekday or is swapped, with its name, in date order. */
	List<Holiday> holidays(int year);

	/**
	 * The day a dossier received at {@code receivedAt} (local time in Asia/Ho_Chi_Minh) counts as received: the same day
	 * when it is a working day and within office hours, otherwise the next working day. Before opening on a working day
	 * that is the same day, whose office hours are the next to come. Rules in docs/calendar.md.
	 */
	LocalDate receptionDay(LocalDateTime receivedAt);

	/** When the result of a procedure with {@code limit} is due for a dossier received at {@code receivedAt}. */
	LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit);
}
