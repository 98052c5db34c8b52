package vn.gov.cantho.egov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;
import vn.gov.cantho.egov.calendar.domain.CalendarDecisions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Official decisions against the database (H2, or PostgreSQL with the postgres profile): they win over the computed
 * days, are audited and announced, and reach every node at once. Each run works in a random far year and removes
 * what it entered, since the PostgreSQL run shares one database.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "admin", authorities = "CALENDAR_MANAGE")
class CalendarDecisionsTest {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarDecisions decisions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	final int year = 2100 + new Random().nextInt(100);

	/** A Tết day of {@code year} that falls on a weekday (five days in a row always hold one). */
	final LocalDate tetWeekday = Stream.iterate(LunarDate.newYear(year).minusDays(1), day -> day.plusDays(1))
		.filter(day -> day.getDayOfWeek().getValue() <= 5)
		.findFirst()
		.orElseThrow();

	/** June has no public holiday. */
	final LocalDate juneWednesday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));

	final LocalDate juneSaturday = juneWednesday.plusDays(3);

	@AfterEach
	void removeWhatWasEntered() {
		decisions.decisions(year).forEach(decision -> decisions.remove(decision.date()));
	}

	@Test
	void decisionsWinOverTheComputedDaysAndCanBeRemoved() {
		assertThat(calendar.isWorkingDay(tetWeekday)).isFalse();
		assertThat(calendar.isWorkingDay(juneWednesday)).isTrue();
		assertThat(calendar.isWorkingDay(juneSaturday)).isFalse();
		LocalDate friday = juneSaturday.minusDays(1);
		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(juneSaturday.plusDays(2));

		decisions.record(tetWeekday, true, "Làm việc theo quyết định", "Working by decision");
		decisions.record(juneWednesday, false, " Nghỉ thêm ", "Extra day off");
		decisions.record(juneSaturday, true, "Làm bù", "Make-up working day");

		assertThat(calendar.isWorkingDay(tetWeekday)).isTrue();
		assertThat(calendar.isWorkingDay(juneWednesday)).isFalse();
		assertThat(calendar.isWorkingDay(juneSaturday)).isTrue();
		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(juneSaturday);
		assertThat(calendar.holidays(year)).extracting(Holiday::date).doesNotContain(tetWeekday);
		assertThat(calendar.holidays(year)).contains(
				new Holiday(juneWednesday, "Nghỉ thêm", "Extra day off", false, Holiday.Source.DECISION),
				new Holiday(juneSaturday, "Làm bù", "Make-up working day", true, Holiday.Source.DECISION));
		assertThat(decisions.decisions(year)).extracting(Holiday::date)
			.containsExactly(tetWeekday, juneWednesday, juneSaturday);

		decisions.remove(juneWednesday);
		assertThat(calendar.isWorkingDay(juneWednesday)).isTrue();
		assertThat(events.stream(CalendarDecisionRecorded.class)).contains(
				new CalendarDecisionRecorded(tetWeekday, true, false),
				new CalendarDecisionRecorded(juneWednesday, false, false),
				new CalendarDecisionRecorded(juneWednesday, false, true));
		assertThat(audit.search(new AuditQuery("admin", "calendar.decision.recorded", juneSaturday.toString(), null,
				null), 0).entries()).isNotEmpty();
		assertThat(audit.search(new AuditQuery("admin", "calendar.decision.removed", juneWednesday.toString(), null,
				null), 0).entries()).isNotEmpty();
	}

	@Test
	void aDecisionCommittedByAnotherNodeIsSeenAtTheNextCall() {
		assertThat(calendar.isWorkingDay(juneWednesday)).isTrue();
		// What another node's CalendarDecisions commits: the row and the new revision, together.
		transaction.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO calendar_decision (calendar_day, working_day, name_vi, name_en, recorded_at, version)"
					+ " VALUES (:day, FALSE, 'Nghỉ', 'Off', :at, 0)")
				.param("day", juneWednesday)
				.param("at", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
				.update();
			jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
		});
		assertThat(calendar.isWorkingDay(juneWednesday)).isFalse();
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThatThrownBy(() -> decisions.record(null, null, " ", null)).isInstanceOfSatisfying(
				BusinessException.class,
				e -> assertThat(e.errors()).extracting(BusinessException::field, BusinessException::code)
					.containsExactly(tuple("date", "calendar.date-required"),
							tuple("workingDay", "calendar.kind-required"),
							tuple("nameVi", "calendar.name-required"),
							tuple("nameEn", "calendar.name-required")));
		assertThatThrownBy(() -> decisions.record(LocalDate.of(1800, 1, 2), false, "x".repeat(201), "y"))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.errors()).extracting(BusinessException::code)
						.containsExactly("calendar.date-out-of-range", "calendar.name-too-long"));
	}

	@Test
	void aDayHasOneDecisionAndOnlyAnEnteredOneCanBeRemoved() {
		decisions.record(juneWednesday, false, "Nghỉ", "Off");
		assertThatThrownBy(() -> decisions.record(juneWednesday, true, "Làm", "Work"))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("calendar.decision-exists"));
		assertThatThrownBy(() -> decisions.remove(juneSaturday)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.code()).isEqualTo("calendar.decision-not-found"));
	}

	@Test
	void onlyCalendarManagersMayDecide() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("citizen", "n/a",
					AuthorityUtils.createAuthorityList("DOSSIER_SUBMIT")));
		assertThatThrownBy(() -> decisions.record(juneWednesday, false, "Nghỉ", "Off"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(calendar.isWorkingDay(juneWednesday)).isTrue();
	}
}
