package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The applicant was asked to pay fees or taxes before processing goes on. */
public record FeesRequested(String code, String agencyCode, Instant at) implements DossierEvent {
}
