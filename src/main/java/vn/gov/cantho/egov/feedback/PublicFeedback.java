package vn.gov.cantho.egov.feedback;

import java.time.Instant;
import java.util.List;

/**
 * An item as the public sees it: never the reporter's name, phone, e-mail or account; only approved photos;
 * public history notes only. {@code unitCode} is the area.
 */
public record PublicFeedback(String number, FeedbackChannel channel, FeedbackState state, String title,
		String description, String fieldCode, String agencyCode, String address, String unitCode, Double latitude,
		Double longitude, List<PhotoView> photos, Instant createdAt, Instant dueAt, String answer,
		Instant answeredAt, RejectReason rejectReason, String mergedInto, List<HistoryStep> notes) {
}
