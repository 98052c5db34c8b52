package vn.gov.cantho.egov.health.testing;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * 429 {@code health.testing.too-many-lookups}: too many result lookups from one address, or for one code, within the
 * window. {@link #retryAfterSeconds()} is when the window ends, for a {@code Retry-After} header.
 */
public class LookupRefused extends BusinessException {

	private final long retryAfterSeconds;

	LookupRefused(String field, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "health.testing.too-many-lookups", field,
				Math.max(1, (retryAfterSeconds + 59) / 60));
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
