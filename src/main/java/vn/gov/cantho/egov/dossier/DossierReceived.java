package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The one-stop section received a dossier (online, or registered at the counter or from the post); the receipt and appointment exist. */
public record DossierReceived(String code, String agencyCode, Instant at) implements DossierEvent {
}
