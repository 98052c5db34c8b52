package vn.gov.cantho.egov.health.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.health.HealthRows;
import vn.gov.cantho.egov.health.domain.RetentionProperties;

/** The retention rule on a fixed clock: which day is the first kept, when a day's rows go, when the job next runs. */
class RetentionScheduleTest {

	static final ZoneId VIETNAM = HealthRows.VIETNAM;

	static RetentionSchedule schedule(Instant now, int days) {
		return new RetentionSchedule(new RetentionProperties(Duration.ofDays(days), null, 0), "0 15 0 * * *",
				Clock.fixed(now, VIETNAM));
	}

	@ParameterizedTest
	@CsvSource({ "2026-05-23, 21, 2026-05-02", "2026-03-01, 21, 2026-02-08", "2026-01-05, 7, 2025-12-29",
			"2024-03-21, 21, 2024-02-29" })
	void theFirstDayKeptIsTodayMinusTheConfiguredDays(LocalDate today, int days, LocalDate firstKept) {
		assertThat(schedule(HealthRows.at(today, 12, 0), days).firstKeptDay(today)).isEqualTo(firstKept);
	}

	@Test
	void aDaysRowsGoAtTheFirstRunAfterTwentyOneWholeDaysFollowingTheirDay() {
		RetentionSchedule schedule = schedule(HealthRows.at(LocalDate.of(2026, 5, 1), 12, 0), 21);
		LocalDate day = LocalDate.of(2026, 5, 1);

		Instant deleted = schedule.deletedAt(day);

		assertThat(deleted).isEqualTo(HealthRows.at(LocalDate.of(2026, 5, 23), 0, 15));
		// the last moment of that day is then 21 days and 15 minutes old; its first moment 22 days and 15 minutes
		assertThat(Duration.between(HealthRows.at(day.plusDays(1), 0, 0), deleted))
			.isEqualTo(Duration.ofDays(21).plusMinutes(15));
		// and on the day of that run the day is no longer among those kept
		assertThat(schedule.firstKeptDay(LocalDate.of(2026, 5, 23))).isAfter(day);
		assertThat(schedule.firstKeptDay(LocalDate.of(2026, 5, 22))).isEqualTo(day);
	}

	@Test
	void theNextRunIsAQuarterPastMidnightVietnamTime() {
		Instant now = HealthRows.at(LocalDate.of(2026, 5, 1), 0, 14);
		RetentionSchedule schedule = schedule(now, 21);

		assertThat(schedule.nextRun()).isEqualTo(HealthRows.at(LocalDate.of(2026, 5, 1), 0, 15));
		assertThat(schedule.nextRun(HealthRows.at(LocalDate.of(2026, 5, 1), 0, 15)))
			.isEqualTo(HealthRows.at(LocalDate.of(2026, 5, 2), 0, 15));
		assertThat(schedule.today()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(schedule.keptFor()).isEqualTo(Duration.ofDays(21));
	}

	@Test
	void todayIsTheVietnameseDayEvenWhenUtcIsStillYesterday() {
		// 18:30 UTC on 30 April is 01:30 on 1 May in Vietnam
		RetentionSchedule schedule = schedule(Instant.parse("2026-04-30T18:30:00Z"), 21);

		assertThat(schedule.today()).isEqualTo(LocalDate.of(2026, 5, 1));
	}
}
