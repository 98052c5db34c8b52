package vn.gov.cantho.egov.feedback.domain;

import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.feedback.FeedbackChannel;

/**
 * A submission that passed every rule, normalised (trimmed texts, national mobile form, routed agency), with who
 * filed it and under which idempotency key, and the deadline's working days. {@code floodPhone} is the phone flood
 * control counts: the one typed in, not one taken from the caller's own account (whose owner is known).
 */
record NewItem(FeedbackChannel channel, String title, String description, String fieldCode, String agencyCode,
		int deadlineDays, String unitCode, Double latitude, Double longitude, String address, String reporterName,
		String reporterPhone, String reporterEmail, String reporterAccount, String reporterExternalId,
		boolean publicAllowed, String language, String submittedBy, String idempotencyKey, List<String> photoIds,
		String photoOwner, Map<String, List<String>> attributes, String floodPhone) {
}
