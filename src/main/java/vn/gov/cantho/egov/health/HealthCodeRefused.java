package vn.gov.cantho.egov.health;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A scanned code that is not ours: {@code health.code-forged} (bad signature, altered or unreadable),
 * {@code health.code-expired} (past its expiry or signed with a retired key), {@code health.code-unknown} (well signed
 * but the venue is closed or the person unknown).
 */
public class HealthCodeRefused extends BusinessException {

	public static final String FORGED = "health.code-forged";
	public static final String EXPIRED = "health.code-expired";
	public static final String UNKNOWN = "health.code-unknown";

	public HealthCodeRefused(String code, String field) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code, field);
	}
}
