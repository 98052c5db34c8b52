package vn.gov.cantho.egov.health;

import java.time.Instant;

/**
 * A contact of a case that the tracing team reached: by whom, when and how. {@code earlier} when the contact had been
 * marked before (the first mark is kept).
 */
public record ReachedContact(String caseCode, String personRef, ReachChannel channel, Instant reachedAt,
		String reachedBy, boolean earlier) {
}
