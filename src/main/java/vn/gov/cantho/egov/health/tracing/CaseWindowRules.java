package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Whether a case's infectious window makes sense, every broken rule at once, each naming its field:
 * {@code health.case-window-missing} (no start), {@code health.case-window-reversed} (the end is not after the
 * start), {@code health.case-window-future} (it ends later than now plus the clock skew),
 * {@code health.case-window-too-long} (longer than the configured maximum), {@code health.case-window-too-old} (it
 * starts before the oldest check-in held, where nothing could be found). The reason is required too
 * ({@code health.case-reason-required}).
 */
public final class CaseWindowRules {

	public static final String FROM = "infectiousFrom";
	public static final String UNTIL = "infectiousUntil";
	public static final String REASON = "reason";

	private final Duration maxWindow;
	private final Duration retention;
	private final Duration futureSkew;

	public CaseWindowRules(Duration maxWindow, Duration retention, Duration futureSkew) {
		this.maxWindow = maxWindow;
		this.retention = retention;
		this.futureSkew = futureSkew;
	}

	/** The broken rules, empty when the window and reason are acceptable at {@code now}. */
	public List<BusinessException> check(Instant from, Instant until, String reason, Instant now) {
		List<BusinessException> errors = new ArrayList<>();
		if (from == null) {
			errors.add(BusinessException.invalid("health.case-window-missing", FROM));
		}
		if (until == null) {
			errors.add(BusinessException.invalid("health.case-window-missing", UNTIL));
		}
		if (until != null && until.isAfter(now.plus(futureSkew))) {
			errors.add(BusinessException.invalid("health.case-window-future", UNTIL));
		}
		if (from != null && from.isAfter(now.plus(futureSkew))) {
			errors.add(BusinessException.invalid("health.case-window-future", FROM));
		}
		if (from != null && until != null && !until.isAfter(from)) {
			errors.add(BusinessException.invalid("health.case-window-reversed", UNTIL));
		}
		else if (from != null && until != null && Duration.between(from, until).compareTo(maxWindow) > 0) {
			errors.add(BusinessException.invalid("health.case-window-too-long", FROM, maxWindow.toDays()));
		}
		if (from != null && from.isBefore(now.minus(retention))) {
			errors.add(BusinessException.invalid("health.case-window-too-old", FROM, retention.toDays()));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(BusinessException.invalid("health.case-reason-required", REASON));
		}
		else if (reason.strip().length() > 500) {
			errors.add(BusinessException.invalid("health.case-reason-too-long", REASON, 500));
		}
		return errors;
	}
}
