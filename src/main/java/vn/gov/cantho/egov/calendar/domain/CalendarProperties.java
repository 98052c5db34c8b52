package vn.gov.cantho.egov.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours under {@code egov.calendar}, in Vietnam's local time.
 *
 * @param officeStart when the one-stop desks open on a working day
 * @param officeEnd when they close; deadlines fall due at this time
 * @param sameDayCutoff same-day and half-day dossiers received from this time on are handled the next working day
 * @param halfDay the working time of a half-day limit
 */
@ConfigurationProperties("egov.calendar")
public record CalendarProperties(@DefaultValue("07:00") LocalTime officeStart,
		@DefaultValue("17:00") LocalTime officeEnd, @DefaultValue("15:00") LocalTime sameDayCutoff,
		@DefaultValue("4h") Duration halfDay) {

	public CalendarProperties {
		if (!officeStart.isBefore(sameDayCutoff) || sameDayCutoff.isAfter(officeEnd)) {
			throw new IllegalArgumentException("egov.calendar needs office-start < same-day-cutoff <= office-end, not "
					+ officeStart + ", " + sameDayCutoff + ", " + officeEnd);
		}
		if (halfDay.isNegative() || halfDay.isZero()) {
			throw new IllegalArgumentException("egov.calendar.half-day must be positive: " + halfDay);
		}
	}

	/** The defaults, for code that runs outside Spring (tests, tools). */
	public static CalendarProperties defaults() {
		return new CalendarProperties(LocalTime.of(7, 0), LocalTime.of(17, 0), LocalTime.of(15, 0),
				Duration.ofHours(4));
	}
}
