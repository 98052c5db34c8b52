package vn.gov.cantho.egov.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the public lookup shows: the procedure, state, dates and steps, never a name, number, comment or official.
 */
public record PublicStatus(String code, String procedureNameVi, String procedureNameEn, DossierState state,
		Instant submittedAt, LocalDateTime dueAt, List<Step> steps) {

	public record Step(Instant at, DossierAction action, DossierState state) {
	}
}
