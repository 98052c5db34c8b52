package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/** An item's deadline passed while open: the agency's leaders and the coordinators are told. */
public record FeedbackEscalated(String number, String agencyCode, Instant at) implements FeedbackEvent {
}
