package vn.gov.cantho.egov.health.testing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration as staff see it: the booking (site and slot; no slot for a walk-in), the person, the sample (code,
 * site, time, staff) and the result (outcome, laboratory, time, who entered it, and the case it opened). Health data:
 * every read by staff is audited.
 */
public record Registration(String code, String siteCode, String siteName, String siteAddress, Instant slotStartsAt,
		Instant slotEndsAt, String personRef, String account, TestReason reason, String fullName,
		LocalDate dateOfBirth, String phone, String email, String language, RegistrationStatus status,
		Instant registeredAt, Instant cancelledAt, String sampleCode, String sampleSiteCode, String sampleSiteName,
		Instant sampledAt, String sampledBy, TestOutcome outcome, String labName, Instant resultedAt,
		String resultedBy, String caseCode) {

	public boolean walkIn() {
		return slotStartsAt == null;
	}

	/** What the person sees of it (no staff names, no contact details). */
	public RegistrationView forPerson(boolean cancellable) {
		return new RegistrationView(code, siteCode, siteName, siteAddress, slotStartsAt, slotEndsAt, reason, status,
				registeredAt, sampleCode, sampledAt, outcome, labName, resultedAt, cancellable);
	}
}
