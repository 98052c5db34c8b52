package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** The specialist asked the applicant to supplement the dossier (template 02); the handling clock stops. */
public record SupplementRequested(String code, String agencyCode, Instant at) implements DossierEvent {
}
