package vn.gov.cantho.egov.calendar;

import java.time.LocalDate;

/**
 * A day that differs from the default week: a day off ({@code workingDay == false}) or a Saturday/Sunday made a
 * working day by an official decision. {@code source} says where it comes from.
 */
public record Holiday(LocalDate date, String nameVi, String nameEn, boolean workingDay, Source source) {

	public enum Source {
		/** Computed from the Labour Code rules (solar and lunar holidays). */
		COMPUTED,
		/** Entered by an administrator from an official yearly decision; wins over computed days. */
		DECISION
	}
}
