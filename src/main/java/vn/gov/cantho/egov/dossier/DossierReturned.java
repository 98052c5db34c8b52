package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The result was handed to the applicant at the counter or to the public post. */
public record DossierReturned(String code, String agencyCode, Instant at) implements DossierEvent {
}
