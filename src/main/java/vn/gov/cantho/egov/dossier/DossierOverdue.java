package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The dossier passed its appointment while still being handled; announced once per dossier. */
public record DossierOverdue(String code, String agencyCode, Instant at) implements DossierEvent {
}
