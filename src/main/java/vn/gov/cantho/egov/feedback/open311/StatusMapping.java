package vn.gov.cantho.egov.feedback.open311;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;

/**
 * How the module's states read in Open311. The standard status has two values: open while someone still has to act,
 * closed once answered, rejected or merged. The extended status (FixMyStreet's names) says which: only an answered
 * item is FIXED; one closed as out of scope is NOT_COUNCILS_RESPONSIBILITY, as spam NO_FURTHER_ACTION (spam is not
 * listed anyway), as a duplicate DUPLICATE.
 */
final class StatusMapping {

	static final Set<FeedbackState> OPEN = EnumSet.of(FeedbackState.NEW, FeedbackState.ASSIGNED,
			FeedbackState.IN_PROGRESS, FeedbackState.RETURNED);
	static final Set<FeedbackState> CLOSED = EnumSet.complementOf(EnumSet.copyOf(OPEN));

	private StatusMapping() {
	}

	static String status(FeedbackState state) {
		return OPEN.contains(state) ? "open" : "closed";
	}

	static String detailed(FeedbackState state, RejectReason reason, int reopenCount) {
		return switch (state) {
			case NEW -> "FOR_TRIAGE";
			case ASSIGNED -> reopenCount > 0 ? "REOPEN" : "ACTION_SCHEDULED";
			case IN_PROGRESS -> reopenCount > 0 ? "REOPEN" : "IN_PROGRESS";
			case RETURNED -> "INTERNAL_REFERRAL";
			case RESOLVED, CLOSED -> "FIXED";
			case REJECTED -> reason == RejectReason.OUT_OF_SCOPE ? "NOT_COUNCILS_RESPONSIBILITY" : "NO_FURTHER_ACTION";
			case MERGED -> "DUPLICATE";
		};
	}

	/** The type of a history note: {@code submitted} for the filing, else the action in the past tense. */
	static String noteType(FeedbackAction action) {
		if (action == null) {
			return "submitted";
		}
		return switch (action) {
			case CLASSIFY -> "classified";
			case ASSIGN -> "assigned";
			case TRANSFER -> "transferred";
			case RETURN_TO_COORDINATOR -> "returned";
			case REASSIGN -> "reassigned";
			case REJECT -> "rejected";
			case MERGE -> "merged";
			case RESOLVE -> "resolved";
			case REOPEN -> "reopened";
			case RATE -> "rated";
			case ESCALATE -> "escalated";
			case CLOSE -> "closed";
		};
	}

	/** The channel as Open311 clients write it (lower case, as in the extensions' examples). */
	static String channel(String channel) {
		return channel == null ? null : channel.toLowerCase(Locale.ROOT);
	}
}
