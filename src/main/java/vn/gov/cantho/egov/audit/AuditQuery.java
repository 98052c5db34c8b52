package vn.gov.cantho.egov.audit;

import java.time.LocalDate;

/**
 * What to look for; every part is optional ({@code null} or blank means any).
 *
 * @param actor exact username, or {@code system} / {@code anonymous}
 * @param actionPrefix start of the action name: {@code identity.} or {@code identity.account.locked}
 * @param reference exact public reference
 * @param from first day included, in Vietnam's time
 * @param to last day included, in Vietnam's time
 */
public record AuditQuery(String actor, String actionPrefix, String reference, LocalDate from, LocalDate to) {

	public static AuditQuery any() {
		return new AuditQuery(null, null, null, null, null);
	}
}
