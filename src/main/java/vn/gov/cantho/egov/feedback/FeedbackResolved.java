package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An agency answered an item. */
public record FeedbackResolved(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
