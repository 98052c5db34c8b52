package vn.gov.cantho.egov.feedback;

/**
 * A staff work queue: items in the caller's scope (the coordinator sees all), optionally filtered. {@code text} is
 * searched accent-insensitively in title, description and address. Pages count from 0.
 */
public record FeedbackQuery(FeedbackState state, String fieldCode, String agencyCode, FeedbackChannel channel,
		boolean mineOnly, boolean overdueOnly, String text, int page, int size) {
}
