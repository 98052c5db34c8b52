package vn.gov.cantho.egov.feedback.open311;

import java.time.Instant;
import java.util.List;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;

/**
 * An item as GeoReport v2 publishes it: what the public may see of it and nothing of its reporter. {@code id} is the
 * internal key, used only to fetch photos and notes in one batch.
 */
record PublicRequest(long id, String number, FeedbackState state, RejectReason rejectReason, String fieldCode,
		String description, String agencyCode, String channel, Instant createdAt, Instant updatedAt,
		Instant answeredAt, Instant closedAt, Instant dueAt, String address, String unitCode, Double latitude,
		Double longitude, String answer, String mergedInto, int reopenCount) {

	/** When it was last changed; for a closed request, when it was closed, as the specification asks. */
	Instant updated() {
		if (StatusMapping.OPEN.contains(state)) {
			return updatedAt;
		}
		if (answeredAt != null && (state == FeedbackState.RESOLVED || state == FeedbackState.CLOSED)) {
			return answeredAt;
		}
		return closedAt != null ? closedAt : updatedAt;
	}

	/** An approved photo. */
	record Photo(String id, int width, int height, Instant uploadedAt) {
	}

	/** A public step of the history. */
	record Note(Instant at, FeedbackAction action, String comment) {
	}

	/** A request with its approved photos and public notes (notes only when the extensions were asked for). */
	record Full(PublicRequest request, List<Photo> photos, List<Note> notes) {
	}
}
