package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An item was closed as a duplicate of another. */
public record FeedbackMerged(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
