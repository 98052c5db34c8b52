package vn.gov.cantho.egov.health;

/**
 * What an owner or an official gives to register a venue. {@code unitCode} is a ward or commune of the directory;
 * a {@code null} stay or overlap takes the type's default.
 */
public record VenueRegistration(String name, String address, String unitCode, VenueType type,
		Integer defaultStayMinutes, Integer minOverlapMinutes, String ownerPhone) {
}
