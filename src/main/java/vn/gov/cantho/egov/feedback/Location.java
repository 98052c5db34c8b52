package vn.gov.cantho.egov.feedback;

/**
 * Where the problem is: a map pin (WGS84, both or neither), a text address, and the ward or commune (unit code) used
 * for routing. Every part is optional; a pin must lie within the city.
 */
public record Location(Double latitude, Double longitude, String address, String unitCode) {

	public static final Location NONE = new Location(null, null, null, null);

	public boolean hasPin() {
		return latitude != null && longitude != null;
	}
}
