package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The applicant withdrew the dossier. */
public record DossierWithdrawn(String code, String agencyCode, Instant at) implements DossierEvent {
}
