package vn.gov.cantho.egov.identity;

import java.time.Instant;

/**
 * An account was locked: after too many failed logins ({@code until} set) or by an administrator ({@code until}
 * null: until unlocked).
 */
public record AccountLocked(String username, Instant until) {
}
