package vn.gov.cantho.egov.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An item as staff in its scope see it, with the reporter's contact. {@code dueAt} is the answer deadline;
 * {@code overdue} is true when it passed while the item was open. {@code availableActions} are those the caller may
 * take now.
 */
public record FeedbackView(String number, FeedbackChannel channel, FeedbackState state, String title,
		String description, String fieldCode, String agencyCode, String handler, Location location, Reporter reporter,
		boolean nameRemoved, boolean publicAllowed, Map<String, List<String>> attributes, List<PhotoView> photos,
		Instant createdAt, Instant updatedAt, Instant dueAt, boolean overdue, Instant escalatedAt, String answer,
		Instant answeredAt, RejectReason rejectReason, String mergedInto, int reopenCount, Integer rating,
		String token, List<HistoryStep> history, List<FeedbackAction> availableActions) {
}
