package vn.gov.cantho.egov.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.calendar.Holiday;

/** An official decision for one day, as stored. The class name gives the table name. */
class CalendarDecision {

	@Id
	private final LocalDate calendarDay;
	private final boolean workingDay;
	private final String nameVi;
	private final String nameEn;
	private final Instant recordedAt;
	@Version
	private Integer version;

	CalendarDecision(LocalDate calendarDay, boolean workingDay, String nameVi, String nameEn, Instant recordedAt,
			Integer version) {
		this.calendarDay = calendarDay;
		this.workingDay = workingDay;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	static CalendarDecision of(Holiday day, Instant recordedAt) {
		return new CalendarDecision(day.date(), day.workingDay(), day.nameVi(), day.nameEn(), recordedAt, null);
	}

	Holiday view() {
		return new Holiday(calendarDay, nameVi, nameEn, workingDay, Holiday.Source.DECISION);
	}
}
