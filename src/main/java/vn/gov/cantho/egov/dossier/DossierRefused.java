package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The one-stop section refused to receive a dossier, with a reason (template 03). */
public record DossierRefused(String code, String agencyCode, Instant at) implements DossierEvent {
}
