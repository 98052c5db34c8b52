package vn.gov.cantho.egov.feedback;

/**
 * Where an item stands. CLOSED is reached only from RESOLVED, so a closed item was always answered; REJECTED (spam or
 * out of scope) and MERGED (a duplicate) are closed without being fixed and are never shown as fixed.
 */
public enum FeedbackState {
	/** Filed, waiting for the coordinator to classify and assign it. */
	NEW,
	/** Routed to an agency, not yet taken by an official there. */
	ASSIGNED,
	/** An official of the agency handles it. */
	IN_PROGRESS,
	/** The agency sent it back to the coordinator as not theirs. */
	RETURNED,
	/** Answered; the reporter may reopen it or rate it within the reopen window. */
	RESOLVED,
	/** Answered and closed (rated, or the reopen window passed). */
	CLOSED,
	/** Closed without handling: spam or out of scope, with a reason. */
	REJECTED,
	/** Closed as a duplicate of another item. */
	MERGED;

	public boolean open() {
		return this == NEW || this == ASSIGNED || this == IN_PROGRESS || this == RETURNED;
	}

	/** Whether the item was answered (resolved), the only outcome ever shown as fixed. */
	public boolean answered() {
		return this == RESOLVED || this == CLOSED;
	}
}
