package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** The reporter reopened an answered item. */
public record FeedbackReopened(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
