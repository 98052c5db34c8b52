package vn.gov.cantho.egov.health;

/**
 * What anyone who scanned a venue's code may see of it (the check-in page): no owner, no phone. Only open venues have
 * one.
 */
public record VenueSign(String code, String name, String address, String unitCode, VenueType type,
		int defaultStayMinutes) {
}
