package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** Processing of the dossier was stopped, with a reason. */
public record DossierStopped(String code, String agencyCode, Instant at) implements DossierEvent {
}
