package vn.gov.cantho.egov.dossier;

import java.util.Set;

/**
 * An official's work queue: dossiers of the agencies in the caller's scope in {@code states} (empty: all open ones),
 * only those assigned to the caller, only overdue ones, optionally one agency; sorted by appointment date, oldest
 * first, dossiers without one (not yet received) by submission time.
 */
public record QueueQuery(Set<DossierState> states, boolean assignedToMe, boolean overdueOnly, String agencyCode,
		int page, int size) {

	public QueueQuery {
		states = states == null ? Set.of() : Set.copyOf(states);
	}
}
