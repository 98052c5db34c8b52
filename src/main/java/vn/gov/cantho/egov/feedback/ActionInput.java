package vn.gov.cantho.egov.feedback;

/**
 * What an action needs: {@code agencyCode} (ASSIGN, TRANSFER), {@code fieldCode} (CLASSIFY, optionally ASSIGN),
 * {@code handler} username (REASSIGN), {@code comment} (the reason or the answer), {@code rejectReason} (REJECT),
 * {@code targetNumber} (MERGE: the item kept), {@code stars} (RATE). Unused parts are null.
 */
public record ActionInput(String agencyCode, String fieldCode, String handler, String comment,
		RejectReason rejectReason, String targetNumber, Integer stars) {

	public static ActionInput comment(String comment) {
		return new ActionInput(null, null, null, comment, null, null, null);
	}
}
