package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The one-stop section confirmed the fees were paid; processing goes on. */
public record FeesConfirmed(String code, String agencyCode, Instant at) implements DossierEvent {
}
