package vn.gov.cantho.egov.feedback;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * 429 {@code feedback.too-many}: too many items from one phone or one client address within the flood-control window.
 * {@link #retryAfterSeconds()} is when the window ends, for a {@code Retry-After} header; {@code field} names the
 * limit that was reached ({@code reporter.phone} or {@code clientAddress}).
 */
public class FloodRefused extends BusinessException {

	private final long retryAfterSeconds;

	public FloodRefused(String field, long retryAfterSeconds, int limit) {
		super(HttpStatus.TOO_MANY_REQUESTS, "feedback.too-many", field, limit, Math.max(1, (retryAfterSeconds + 59) / 60));
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
