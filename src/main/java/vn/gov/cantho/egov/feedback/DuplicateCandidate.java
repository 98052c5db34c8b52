package vn.gov.cantho.egov.feedback;

import java.time.Instant;

/**
 * An existing item that may report the same problem: same field, near in place ({@code distanceMetres}, null when
 * either has no pin) and time, with similar words ({@code similarity} 0 to 1). Best first.
 */
public record DuplicateCandidate(String number, String title, FeedbackState state, Instant createdAt,
		Double distanceMetres, double similarity) {
}
