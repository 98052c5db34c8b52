package vn.gov.cantho.egov.health;

/** A venue was registered (by its owner or an official). */
public record VenueRegistered(String venueCode, String unitCode, VenueType type, String registeredBy) {
}
