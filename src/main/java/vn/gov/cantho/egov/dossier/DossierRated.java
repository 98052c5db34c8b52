package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The owner rated the service of a returned dossier from 1 to 5 stars. */
public record DossierRated(String code, String agencyCode, int stars, Instant at) implements DossierEvent {
}
