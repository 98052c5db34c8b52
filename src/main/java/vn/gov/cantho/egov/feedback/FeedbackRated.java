package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** The reporter rated the answer, closing the item. */
public record FeedbackRated(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
