package vn.gov.cantho.egov.health.testing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's registration: the site and the start of the chosen slot, the reason, and who is tested: name, date of
 * birth (asked again to read the result online), and the phone and e-mail that the result notice goes to.
 */
public record NewRegistration(String siteCode, Instant slotStartsAt, TestReason reason, String fullName,
		LocalDate dateOfBirth, String phone, String email) {
}
