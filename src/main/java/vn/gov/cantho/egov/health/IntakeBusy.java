package vn.gov.cantho.egov.health;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * 503 {@code health.busy}: the check-in was not recorded because this node has more check-ins waiting for the
 * database than it accepts (or is shutting down, or the database is unavailable). Nothing was stored unless the
 * caller is told otherwise: retry after {@link #retryAfterSeconds()} with the same id or Idempotency-Key.
 */
public class IntakeBusy extends BusinessException {

	public static final String CODE = "health.busy";

	private final int retryAfterSeconds;

	public IntakeBusy(int retryAfterSeconds) {
		super(HttpStatus.SERVICE_UNAVAILABLE, CODE, null);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
