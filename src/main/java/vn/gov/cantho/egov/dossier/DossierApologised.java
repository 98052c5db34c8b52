package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The agency apologised for the delay and set a new appointment (template 04). */
public record DossierApologised(String code, String agencyCode, Instant at) implements DossierEvent {
}
