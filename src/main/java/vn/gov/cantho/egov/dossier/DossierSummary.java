package vn.gov.cantho.egov.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

/** A line of a work queue or of a citizen's list. */
public record DossierSummary(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
		String agencyCode, DossierState state, SubmissionChannel channel, String applicantName, Instant submittedAt,
		LocalDateTime dueAt, boolean overdue, String assignee) {
}
