package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The applicant sent the supplement; the clock runs again and the appointment moves by the time taken. */
public record SupplementSubmitted(String code, String agencyCode, Instant at) implements DossierEvent {
}
