package vn.gov.cantho.egov.health.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Rules a check-in's times and ids must meet before anything is written: not in the future beyond the allowed clock
 * skew, not older than the retention window (it would be deleted at once, and on PostgreSQL no partition holds it),
 * check-out not before check-in. Ids named by a device or by an Idempotency-Key become name-based UUIDs, so the same
 * check-in sent twice has the same id.
 */
@Component
class CheckInRules {

	static final String DEVICE_ID_INVALID = "health.device-id-invalid";
	static final String CHECK_IN_ID_INVALID = "health.check-in-id-invalid";
	private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private final Clock clock;
	private final Duration skew;
	private final Duration retention;

	CheckInRules(Clock clock, IntakeProperties properties, RetentionProperties retention) {
		this.clock = clock;
		this.skew = properties.clockSkew();
		this.retention = retention.checkIns();
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Adds to {@code errors} what is wrong with the times; the check-in time defaults to {@code now}. */
	Instant checkedIn(Instant given, Instant now, List<BusinessException> errors) {
		Instant at = given == null ? now : given.truncatedTo(ChronoUnit.MICROS);
		if (at.isAfter(now.plus(skew))) {
			errors.add(BusinessException.invalid(IntakeErrors.CHECK_IN_FUTURE, "checkedInAt"));
		}
		else if (at.isBefore(now.minus(retention))) {
			errors.add(BusinessException.invalid(IntakeErrors.CHECK_IN_TOO_OLD, "checkedInAt"));
		}
		return at;
	}

	Instant checkedOut(Instant given, Instant checkedIn, Instant now, List<BusinessException> errors) {
		if (given == null) {
			return null;
		}
		Instant at = given.truncatedTo(ChronoUnit.MICROS);
		if (at.isBefore(checkedIn)) {
			errors.add(BusinessException.invalid(IntakeErrors.CHECK_OUT_BEFORE_CHECK_IN, "checkedOutAt"));
		}
		else if (at.isAfter(now.plus(skew))) {
			errors.add(BusinessException.invalid(IntakeErrors.CHECK_IN_FUTURE, "checkedOutAt"));
		}
		return at;
	}

	boolean validDeviceId(String deviceId) {
		return deviceId != null && DEVICE_ID.matcher(deviceId).matches();
	}

	static boolean validOwnId(String ownId) {
		return ownId != null && !ownId.isBlank() && ownId.length() <= 100;
	}

	/**
	 * The id of a check-in its sender named: the device's own check-in id within the device, or an Idempotency-Key
	 * within the caller's account (two accounts can never collide on the same key).
	 */
	static UUID derivedId(String deviceId, String username, String ownId) {
		String scope = deviceId != null ? "device:" + deviceId : "account:" + username;
		return UUID.nameUUIDFromBytes(("health-check-in\n" + scope + "\n" + ownId).getBytes(StandardCharsets.UTF_8));
	}
}
