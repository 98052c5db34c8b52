package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** A citizen submitted a dossier online; it waits to be received. */
public record DossierSubmitted(String code, String agencyCode, Instant at) implements DossierEvent {
}
