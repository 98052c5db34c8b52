package vn.gov.cantho.egov.health;

/**
 * Kind of venue, with the defaults offered when registering one. Checkpoints and open-air places need a long overlap
 * before anyone counts as a contact: a one-hour window at a busy checkpoint would otherwise name thousands of people.
 */
public enum VenueType {
	SHOP(30, 15), RESTAURANT(60, 15), MARKET(45, 30), OFFICE(120, 15), SCHOOL(240, 15), HOSPITAL(60, 15),
	WORSHIP(60, 15), TRANSPORT(60, 15), EVENT(120, 15), CHECKPOINT(10, 60), OTHER(60, 15);

	private final int defaultStayMinutes;
	private final int minOverlapMinutes;

	VenueType(int defaultStayMinutes, int minOverlapMinutes) {
		this.defaultStayMinutes = defaultStayMinutes;
		this.minOverlapMinutes = minOverlapMinutes;
	}

	public int defaultStayMinutes() {
		return defaultStayMinutes;
	}

	public int minOverlapMinutes() {
		return minOverlapMinutes;
	}
}
