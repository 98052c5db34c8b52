package vn.gov.cantho.egov.health.tracing;

/** A venue's exposure rule: the stay assumed without a check-out and the overlap needed before anyone counts. */
public record VenueRules(int defaultStayMinutes, int minOverlapMinutes) {
}
