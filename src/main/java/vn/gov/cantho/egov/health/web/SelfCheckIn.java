package vn.gov.cantho.egov.health.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A check-in the citizen made from a venue's code page, kept in the web session under the form's idempotency key so
 * that a repeated tap (or a reload of the confirmation) shows the same check-in instead of making another.
 */
public record SelfCheckIn(String key, String venueToken, String venueName, UUID id, Instant checkedInAt,
		Instant checkedOutAt) implements Serializable {

	SelfCheckIn checkedOut(Instant at) {
		return new SelfCheckIn(key, venueToken, venueName, id, checkedInAt, at);
	}
}
