package vn.gov.cantho.egov.health.tracing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The check-ins tracing reads, in sets: one call per step, not one per visit. Implemented on the database by
 * {@link CheckInQueries}; tests may give their own.
 */
public interface CheckInSource {

	/** Check-ins of each person checked in from {@code from} (included) until {@code until} (excluded). */
	List<Visit> visitsOf(List<PersonRange> people);

	/** Check-ins at each venue with the check-in time in the range; each hit names the index of its range. */
	List<Hit> atVenues(List<VenueRange> ranges);

	/** The exposure rules of these venues (an unknown id is missing from the map). */
	Map<Long, VenueRules> venues(Collection<Long> venueIds);

	record PersonRange(long personId, Instant from, Instant until) {
	}

	/**
	 * Check-ins at a venue checked in from {@code from} (included) until {@code until} (excluded). {@code stayFloor} and {@code windowFrom} let the database skip
	 * rows that cannot overlap (no check-out and checked in before {@code stayFloor}, or checked out before
	 * {@code windowFrom}); the rule decides on the rest.
	 */
	record VenueRange(long venueId, Instant from, Instant until, Instant stayFloor, Instant windowFrom) {
	}

	record Hit(int range, Visit visit) {
	}
}
