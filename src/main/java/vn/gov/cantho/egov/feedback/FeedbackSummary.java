package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** A line of a work queue or of a caller's earlier items. */
public record FeedbackSummary(String number, FeedbackChannel channel, FeedbackState state, String title,
		String fieldCode, String agencyCode, String handler, Instant createdAt, Instant dueAt, boolean overdue,
		boolean escalated) {
}
