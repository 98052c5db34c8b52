package vn.gov.cantho.egov.health.tracing;

/**
 * A person found by tracing, reduced to their earliest exposure at their lowest generation: where, when and through
 * whom (the case's person for F1, an F1 for F2), and how many exposures of that generation were found in all.
 */
public record Contact(long personId, int generation, long venueId, Interval overlap, long viaPersonId,
		int exposures) {

	public long minutes() {
		return overlap.length().toMinutes();
	}
}
