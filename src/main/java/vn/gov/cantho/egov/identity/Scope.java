package vn.gov.cantho.egov.identity;

/**
 * Which agencies' records a role may act on. Declared per role as data; an account with several roles gets the
 * widest, so the constants are ordered from narrowest to widest.
 */
public enum Scope {
	/** No agency's records (citizens act on their own records only). */
	NONE,
	/** The official's own agency. */
	OWN_AGENCY,
	/** The own agency and every agency whose unit lies below the own agency's unit on today's map. */
	AGENCY_AND_BELOW,
	/** Every agency (administrators). */
	ALL;

	public Scope widest(Scope other) {
		return other.compareTo(this) > 0 ? other : this;
	}
}
