package vn.gov.cantho.egov.health;

import java.time.Instant;

/**
 * A contact of a case: generation (1 for F1, 2 for F2), the person and how to reach them (name, phone, last four digits
 * of the ID number; blank when unknown), the venue and the overlap of the earliest exposure, its whole minutes, the
 * person through whom they were exposed ({@code viaPersonRef}: the case's person for F1, an F1 for F2), how many
 * exposures of that generation were found, and when the tracing team reached them ({@code null}: not yet).
 */
public record ContactView(int generation, String personRef, String fullName, String phone, String idNumberTail,
		String venueCode, String venueName, Instant overlapFrom, Instant overlapUntil, long minutes,
		String viaPersonRef, int exposures, Instant reachedAt) {
}
