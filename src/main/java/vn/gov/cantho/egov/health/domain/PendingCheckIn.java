package vn.gov.cantho.egov.health.domain;

import java.time.Instant;
import java.util.UUID;

import vn.gov.cantho.egov.health.CheckInSource;

/**
 * A check-in whose codes are verified and times checked, ready to insert. {@code derived} ids come from a device's or
 * a caller's own id (name-based), so the same id may arrive again and must be recognised; random ids never repeat.
 */
record PendingCheckIn(UUID id, boolean derived, String venueCode, String personRef, Instant checkedInAt,
		Instant checkedOutAt, CheckInSource source, String deviceId, String recordedBy) {
}
