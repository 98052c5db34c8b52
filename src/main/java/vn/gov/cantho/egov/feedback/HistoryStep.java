package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** One step of an item's history; {@code action} is null for the filing itself. Internal steps are staff-only. */
public record HistoryStep(Instant at, FeedbackAction action, FeedbackState from, FeedbackState to, String actor,
		String actorName, String agencyCode, String comment, boolean publicNote) {
}
