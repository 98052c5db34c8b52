package vn.gov.cantho.egov.health;

import java.time.Instant;

/**
 * One check-in as scanned: the venue's code and the person's code exactly as read (both are verified), the times
 * ({@code checkedOutAt} may be null), and for devices their own id and the device's id of this check-in, which make a
 * repeated upload idempotent. {@code checkedInAt} null means now.
 */
public record CheckInCommand(String venueCode, String personCode, Instant checkedInAt, Instant checkedOutAt,
		CheckInSource source, String deviceId, String deviceCheckInId) {
}
