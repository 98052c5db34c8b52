package vn.gov.cantho.egov.identity;

/** An administrator unlocked an account. */
public record AccountUnlocked(String username) {
}
