package vn.gov.cantho.egov.feedback;

/** What can be done to an item; which state allows which action, for whom, is the module's transition table. */
public enum FeedbackAction {
	/** Coordinator sets or corrects the field. */
	CLASSIFY,
	/** Coordinator routes the item to an agency. */
	ASSIGN,
	/** Coordinator moves the item to another agency. */
	TRANSFER,
	/** The agency sends the item back to the coordinator as not theirs, with a reason. */
	RETURN_TO_COORDINATOR,
	/** The agency gives the item to one of its officials (again). */
	REASSIGN,
	/** Coordinator closes the item as spam or out of scope, with a reason. */
	REJECT,
	/** Coordinator closes the item as a duplicate of another. */
	MERGE,
	/** The agency answers. */
	RESOLVE,
	/** The reporter reopens an answered item within the reopen window. */
	REOPEN,
	/** The reporter rates the answer 1 to 5, which closes the item. */
	RATE,
	/** System: the deadline passed; the agency's leaders and the coordinators are told. */
	ESCALATE,
	/** System: the reopen window of an answered item passed. */
	CLOSE;

	/** The ACTION segment of the API paths: {@code return-to-coordinator}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** @throws vn.gov.cantho.egov.shared.BusinessException 404 {@code feedback.unknown-action} */
	public static FeedbackAction fromSlug(String slug) {
		for (FeedbackAction action : values()) {
			if (action.slug().equals(slug) || action.name().equals(slug)) {
				return action;
			}
		}
		throw vn.gov.cantho.egov.shared.BusinessException.notFound("feedback.unknown-action", "action");
	}
}
