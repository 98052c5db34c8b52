package vn.gov.cantho.egov.health.testing;

import java.time.LocalDate;

/**
 * Someone tested at a site without a registration: staff scan the personal code and type what the person tells them;
 * a registration is created with the sample.
 */
public record WalkIn(String personalCode, String siteCode, TestReason reason, String fullName, LocalDate dateOfBirth,
		String phone, String email) {
}
