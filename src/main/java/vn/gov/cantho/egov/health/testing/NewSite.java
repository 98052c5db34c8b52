package vn.gov.cantho.egov.health.testing;

/** A test site to create: its name, street address and ward or commune (a unit code of the administrative map). */
public record NewSite(String name, String address, String unitCode) {
}
