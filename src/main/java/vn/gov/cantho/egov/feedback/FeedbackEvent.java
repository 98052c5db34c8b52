package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/**
 * Something that happened to an item, published in the transaction that made it happen. Events carry the public
 * number and the agency handling it (null before routing) only, never personal data: listeners read what they need.
 */
public interface FeedbackEvent {

	String number();

	String agencyCode();

	Instant at();
}
