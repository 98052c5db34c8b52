package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The specialist proposed a decision to the leader. */
public record DecisionProposed(String code, String agencyCode, Instant at) implements DossierEvent {
}
