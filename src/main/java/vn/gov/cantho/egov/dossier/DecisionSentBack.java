package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The leader sent the proposed decision back to the specialist. */
public record DecisionSentBack(String code, String agencyCode, Instant at) implements DossierEvent {
}
