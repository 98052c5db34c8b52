package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** A received dossier was assigned to a specialist of the agency. */
public record DossierAssigned(String code, String agencyCode, Instant at) implements DossierEvent {
}
