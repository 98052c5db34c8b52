package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** A new item was filed, on any channel. */
public record FeedbackSubmitted(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
