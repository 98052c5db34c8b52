package vn.gov.cantho.egov.feedback;

import java.util.List;
import java.util.Map;

/**
 * A new item from any channel. {@code fieldCode} may be null for channels that cannot classify (Zalo, Facebook): the
 * coordinator classifies it. {@code photoIds} are photos uploaded before (at most 5). {@code attributes} answers the
 * field's extra questions (code to values). {@code publicAllowed}: the reporter agrees that the item and its answer are
 * published (never their identity). {@code clientAddress} is the caller's network address, used only for flood
 * control (hashed, never stored in clear).
 */
public record FeedbackSubmission(FeedbackChannel channel, String title, String description, String fieldCode,
		Location location, Reporter reporter, List<String> photoIds, Map<String, List<String>> attributes,
		boolean publicAllowed, String clientAddress) {

	public FeedbackSubmission {
		location = location == null ? Location.NONE : location;
		reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}
}
