package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An agency gave an item to one of its officials. */
public record FeedbackReassigned(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
