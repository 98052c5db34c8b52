package vn.gov.cantho.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.cantho.egov.calendar.TimeLimit;

/**
 * Reception day and due time with the default office hours (07:00 to 17:00, same-day cut-off 15:00, half a day = 4
 * working hours). 2026-03-02 is a Monday; 2026-03-06 a Friday; 2026-03-07 a Saturday.
 */
class OfficeHoursTest {

	private final CalendarView calendar = Calendars.computed();

	@ParameterizedTest(name = "received {0} counts on {1}")
	@CsvSource({ "2026-03-02T10:00, 2026-03-02", "2026-03-02T06:30, 2026-03-02", "2026-03-02T16:59, 2026-03-02",
			"2026-03-02T17:00, 2026-03-03", "2026-03-02T23:30, 2026-03-03", "2026-03-06T18:00, 2026-03-09",
			"2026-03-07T09:00, 2026-03-09", "2026-02-13T17:30, 2026-02-23", "2026-02-17T09:00, 2026-02-23" })
	void aDossierCountsFromTheDayItIsReceivedWithinOfficeHoursOrTheNextWorkingDay(LocalDateTime received,
			String day) {
		assertThat(calendar.receptionDay(received)).hasToString(day);
	}

	@ParameterizedTest(name = "{1} working days from {0}: due {2}")
	@CsvSource({ "2026-03-02T10:00, 3, 2026-03-05T17:00", "2026-03-02T18:00, 3, 2026-03-06T17:00",
			"2026-03-07T10:00, 1, 2026-03-10T17:00",
			// Tết Bính Ngọ: 16/02 to 20/02/2026 are days off
			"2026-02-13T10:00, 5, 2026-02-27T17:00", "2026-02-12T10:00, 1, 2026-02-13T17:00" })
	void workingDayLimitsFallDueAtClosingOfTheLastDay(LocalDateTime received, int days, LocalDateTime due) {
		assertThat(calendar.dueAt(received, TimeLimit.workingDays(days))).isEqualTo(due);
	}

	@ParameterizedTest(name = "same day, received {0}: due {1}")
	@CsvSource({ "2026-03-02T08:00, 2026-03-02T17:00", "2026-03-02T14:59, 2026-03-02T17:00",
			"2026-03-02T15:00, 2026-03-03T17:00", "2026-03-02T16:30, 2026-03-03T17:00",
			"2026-03-02T06:00, 2026-03-02T17:00", "2026-03-02T20:00, 2026-03-03T17:00",
			"2026-03-06T16:00, 2026-03-09T17:00", "2026-03-07T10:00, 2026-03-09T17:00" })
	void sameDayLimitsMoveToTheNextWorkingDayAfterTheCutoff(LocalDateTime received, LocalDateTime due) {
		assertThat(calendar.dueAt(received, TimeLimit.sameDay())).isEqualTo(due);
	}

	@ParameterizedTest(name = "half day, received {0}: due {1}")
	@CsvSource({ "2026-03-02T08:00, 2026-03-02T12:00", "2026-03-02T06:00, 2026-03-02T11:00",
			"2026-03-02T13:00, 2026-03-02T17:00", "2026-03-02T14:00, 2026-03-03T08:00",
			"2026-03-06T14:30, 2026-03-09T08:30", "2026-03-02T15:00, 2026-03-03T11:00",
			"2026-03-07T10:00, 2026-03-09T11:00" })
	void halfDayLimitsAddFourWorkingHours(LocalDateTime received, LocalDateTime due) {
		assertThat(calendar.dueAt(received, TimeLimit.halfDay())).isEqualTo(due);
	}

	@Test
	void aSaturdayMadeWorkingByDecisionReceivesAndCounts() {
		CalendarView withSaturday = Calendars.withDecisions(List.of(Calendars.decision(
				java.time.LocalDate.of(2026, 3, 7), true)));
		assertThat(withSaturday.receptionDay(LocalDateTime.of(2026, 3, 7, 9, 0))).hasToString("2026-03-07");
		assertThat(withSaturday.dueAt(LocalDateTime.of(2026, 3, 6, 10, 0), TimeLimit.workingDays(1)))
			.isEqualTo(LocalDateTime.of(2026, 3, 7, 17, 0));
	}
}
