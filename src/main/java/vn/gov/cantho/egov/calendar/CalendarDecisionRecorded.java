package vn.gov.cantho.egov.calendar;

import java.time.LocalDate;

/** An administrator entered or removed an official decision for {@code date}; deadlines computed later follow it. */
public record CalendarDecisionRecorded(LocalDate date, boolean workingDay, boolean removed) {
}
