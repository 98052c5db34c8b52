package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** The coordinator moved an item to another agency (the new one). */
public record FeedbackTransferred(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
