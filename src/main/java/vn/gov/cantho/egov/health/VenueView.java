package vn.gov.cantho.egov.health;

import java.time.Instant;

/** A registered venue as shown to its owner and to officials. */
public record VenueView(String code, String name, String address, String unitCode, VenueType type,
		int defaultStayMinutes, int minOverlapMinutes, boolean active, int keyVersion, String ownerAccount,
		Instant registeredAt) {
}
