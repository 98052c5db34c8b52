package vn.gov.cantho.egov.health.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Outbreak figures of a period (both days included, Vietnam time) for health leaders. Check-ins per hour, per day, per
 * hour of the day and per ward or commune of the venue; cases recorded in the period and cases active at its end;
 * contacts found, by generation; tests with a result in the period and the share of positives. Counts only, nothing
 * that names a person or a venue.
 *
 * @param asOf the moment the figures describe: the end of the period, or now while it runs
 * @param contacts contacts found by tracing for the cases recorded in the period, and how many of them the tracing
 * team recorded as reached (called, messaged or visited)
 */
public record HealthFigures(LocalDate from, LocalDate to, Instant asOf, long checkIns, List<HourCount> perHour,
		List<DayCount> perDay, List<HourOfDayCount> perHourOfDay, List<AreaCount> perArea, Cases cases,
		Contacts contacts, Tests tests) {

	public HealthFigures {
		perHour = List.copyOf(perHour);
		perDay = List.copyOf(perDay);
		perHourOfDay = List.copyOf(perHourOfDay);
		perArea = List.copyOf(perArea);
	}

	/** Check-ins that began in the hour starting at {@code hour} (Vietnam time). */
	public record HourCount(OffsetDateTime hour, long checkIns) {
	}

	public record DayCount(LocalDate day, long checkIns) {
	}

	/** Check-ins of the period that began in hour {@code hour} of their day (0 to 23). */
	public record HourOfDayCount(int hour, long checkIns) {
	}

	/** Check-ins at venues of one ward or commune; {@code name} from the directory (the code when unknown there). */
	public record AreaCount(String unitCode, String name, long checkIns) {
	}

	/**
	 * @param recorded cases recorded in the period
	 * @param active cases whose infectious window had begun by {@code asOf} and ended less than the configured days
	 * before it (14 by default: the isolation still runs)
	 */
	public record Cases(long recorded, long active, int activeDays) {
	}

	public record Contacts(long f1, long f2, long reached) {
	}

	/** @param positiveRate positives among positive and negative results; null when there were none */
	public record Tests(long done, long positive, long negative, long invalid, Double positiveRate) {
	}
}
