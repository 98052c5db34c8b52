package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** The coordinator set or corrected an item's field. */
public record FeedbackClassified(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
