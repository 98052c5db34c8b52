package vn.gov.cantho.egov.health.testing;

/** A place where samples are taken, by its public code. {@code unitCode} is the ward or commune it is in. */
public record TestSite(String code, String name, String address, String unitCode, boolean active) {
}
