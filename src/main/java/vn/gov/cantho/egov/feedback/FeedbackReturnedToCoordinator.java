package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An agency sent an item back to the coordinator as not theirs. */
public record FeedbackReturnedToCoordinator(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
