package vn.gov.cantho.egov.health;

import java.time.Instant;

/**
 * A confirmed case as health officers see it: its code, the person (reference and name), the infectious window, why
 * it was recorded, when it was last traced and how many contacts of each generation were found, and until when the
 * case and its contacts are kept.
 */
public record CaseView(String code, String personRef, String personName, Instant infectiousFrom,
		Instant infectiousUntil, String reason, String testCode, String recordedBy, Instant recordedAt,
		Instant tracedAt, int f1Count, int f2Count, Instant keptUntil) {
}
