package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;

/**
 * A day off the rules give by default: a day of {@code holiday}, or, when {@code compensatory}, the day off in lieu
 * of a day of that holiday that fell on a weekend.
 */
record ComputedDay(LocalDate date, PublicHoliday holiday, boolean compensatory) {
}
