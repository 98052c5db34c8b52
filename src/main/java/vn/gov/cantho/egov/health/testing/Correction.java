package vn.gov.cantho.egov.health.testing;

import java.time.Instant;

/** A corrected result: what it was, what it became, why, by whom and when. */
public record Correction(TestOutcome previousOutcome, TestOutcome outcome, String previousLab, String labName,
		String reason, String correctedBy, Instant correctedAt) {
}
