package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An answered item closed when its reopen window passed. */
public record FeedbackClosed(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
