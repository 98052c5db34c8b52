package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The leader approved the proposed decision: the result is ready at the one-stop section. */
public record DossierApproved(String code, String agencyCode, Instant at) implements DossierEvent {
}
