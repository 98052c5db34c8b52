package vn.gov.cantho.egov.health.testing;

import java.time.Instant;

/**
 * A registration as the tested person sees it: where and when, why, where it stands, the sample and the result.
 * {@code cancellable} is true while it is booked and its slot has not started.
 */
public record RegistrationView(String code, String siteCode, String siteName, String siteAddress,
		Instant slotStartsAt, Instant slotEndsAt, TestReason reason, RegistrationStatus status, Instant registeredAt,
		String sampleCode, Instant sampledAt, TestOutcome outcome, String labName, Instant resultedAt,
		boolean cancellable) {
}
