package vn.gov.cantho.egov.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * A dossier as its owner or an official of the handling agency sees it. Times are instants; {@code dueAt} (the
 * appointment, ngày hẹn trả) is local time in Asia/Ho_Chi_Minh and is null until the dossier is received.
 * {@code originalDueAt} differs from it after an apology. {@code fee} is in VND.
 */
public record DossierView(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
		String agencyCode, DossierState state, SubmissionChannel channel, String owner, Applicant applicant,
		Map<String, String> formValues, List<AttachmentView> attachments, DeliveryOption delivery,
		String postalAddress, String trackingNumber, Instant submittedAt, Instant receivedAt,
		LocalDateTime dueAt, LocalDateTime originalDueAt, boolean apologised, boolean overdue, String assignee,
		ProposedOutcome proposedOutcome, long fee, int supplementRequests, Integer rating, String ratingComment,
		List<HistoryEntry> history, List<DossierAction> availableActions) {
}
