package vn.gov.cantho.egov.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * The inputs of a workflow action; each action reads what it needs and refuses what is missing (422 naming the field):
 * {@code comment} (reason for refuse, supplement, stop, send back, apology), {@code assignee} (username of a specialist
 * for assign), {@code outcome} (propose), {@code newDueDate} (apologise), {@code trackingNumber} (send by post),
 * {@code documents} (submit supplement).
 */
public record ActionRequest(String comment, String assignee, ProposedOutcome outcome, LocalDate newDueDate,
		String trackingNumber, List<AttachedDocument> documents) {

	public ActionRequest {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

	public static ActionRequest none() {
		return new ActionRequest(null, null, null, null, null, List.of());
	}

	public static ActionRequest comment(String comment) {
		return new ActionRequest(comment, null, null, null, null, List.of());
	}
}
