package vn.gov.cantho.egov.health;

import java.time.Duration;
import java.time.Instant;

/**
 * One kind of personal data held: a message key naming it ({@code health.held.check-ins}), how many records, the
 * oldest one (null when none), how long each is kept, and when the oldest will be deleted (null when none).
 */
public record HeldDataSet(String kind, long records, Instant oldest, Duration keptFor, Instant oldestDeletedAt) {
}
