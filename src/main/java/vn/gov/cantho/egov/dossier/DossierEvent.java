package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/**
 * Something that happened to a dossier, published in the transaction that made it happen. Events carry the public
 * code and the handling agency only, never personal data: listeners read what else they need.
 */
public interface DossierEvent {

	String code();

	String agencyCode();

	Instant at();
}
