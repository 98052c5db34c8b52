package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An item was closed as spam or out of scope. */
public record FeedbackRejected(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
