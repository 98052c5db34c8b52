package vn.gov.cantho.egov.health.tracing;

import java.time.Instant;

/** One check-in as tracing reads it: who, where (database ids, never shown), when; {@code checkedOutAt} may be null. */
public record Visit(long personId, long venueId, Instant checkedInAt, Instant checkedOutAt) {
}
