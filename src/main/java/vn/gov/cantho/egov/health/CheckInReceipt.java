package vn.gov.cantho.egov.health;

import java.time.Instant;
import java.util.UUID;

/** A committed check-in. {@code duplicate} is true when the same check-in had already been recorded. */
public record CheckInReceipt(UUID id, String venueCode, String venueName, Instant checkedInAt, Instant checkedOutAt,
		boolean duplicate) {
}
