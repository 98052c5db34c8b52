package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** The coordinator routed an item to an agency. */
public record FeedbackAssigned(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
