package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** One step of the dossier's history: who did what, when, from which state to which, and why. */
public record HistoryEntry(Instant at, DossierAction action, DossierState from, DossierState to, String actor,
		String actorName, String comment) {
}
