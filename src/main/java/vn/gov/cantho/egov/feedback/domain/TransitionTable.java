package vn.gov.cantho.egov.feedback.domain;

import static vn.gov.cantho.egov.feedback.FeedbackAction.ASSIGN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.CLASSIFY;
import static vn.gov.cantho.egov.feedback.FeedbackAction.CLOSE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.ESCALATE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.MERGE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RATE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REASSIGN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REJECT;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REOPEN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RESOLVE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RETURN_TO_COORDINATOR;
import static vn.gov.cantho.egov.feedback.FeedbackAction.TRANSFER;
import static vn.gov.cantho.egov.feedback.FeedbackState.ASSIGNED;
import static vn.gov.cantho.egov.feedback.FeedbackState.CLOSED;
import static vn.gov.cantho.egov.feedback.FeedbackState.IN_PROGRESS;
import static vn.gov.cantho.egov.feedback.FeedbackState.MERGED;
import static vn.gov.cantho.egov.feedback.FeedbackState.NEW;
import static vn.gov.cantho.egov.feedback.FeedbackState.REJECTED;
import static vn.gov.cantho.egov.feedback.FeedbackState.RESOLVED;
import static vn.gov.cantho.egov.feedback.FeedbackState.RETURNED;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.AGENCY;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.COMMENT;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.FIELD;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.HANDLER;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.REJECT_REASON;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.STARS;
import static vn.gov.cantho.egov.feedback.domain.Transition.Input.TARGET;
import static vn.gov.cantho.egov.identity.Permissions.FEEDBACK_COORDINATE;
import static vn.gov.cantho.egov.identity.Permissions.FEEDBACK_HANDLE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackAssigned;
import vn.gov.cantho.egov.feedback.FeedbackClassified;
import vn.gov.cantho.egov.feedback.FeedbackClosed;
import vn.gov.cantho.egov.feedback.FeedbackEscalated;
import vn.gov.cantho.egov.feedback.FeedbackMerged;
import vn.gov.cantho.egov.feedback.FeedbackRated;
import vn.gov.cantho.egov.feedback.FeedbackReassigned;
import vn.gov.cantho.egov.feedback.FeedbackRejected;
import vn.gov.cantho.egov.feedback.FeedbackReopened;
import vn.gov.cantho.egov.feedback.FeedbackResolved;
import vn.gov.cantho.egov.feedback.FeedbackReturnedToCoordinator;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackTransferred;

/**
 * The 1022 workflow as data, in the manner of DIGIT PGR: every allowed (state, action) pair with its next state, who
 * may take it, its inputs, whether its step is a public note, and its event. Whatever is not listed is refused. Each
 * action has one actor kind and one permission whatever the state.
 */
public final class TransitionTable {

	private static final List<Transition> ROWS = new ArrayList<>();
	private static final List<FeedbackState> WITH_COORDINATOR = List.of(NEW, RETURNED);
	private static final List<FeedbackState> AT_AGENCY = List.of(ASSIGNED, IN_PROGRESS);
	private static final List<FeedbackState> OPEN = List.of(NEW, RETURNED, ASSIGNED, IN_PROGRESS);

	static {
		for (FeedbackState s : WITH_COORDINATOR) {
			staff(s, CLASSIFY, s, FEEDBACK_COORDINATE, Set.of(FIELD), false, "classified", FeedbackClassified::new);
			staff(s, ASSIGN, ASSIGNED, FEEDBACK_COORDINATE, Set.of(AGENCY), false, "assigned", FeedbackAssigned::new);
			staff(s, REJECT, REJECTED, FEEDBACK_COORDINATE, Set.of(REJECT_REASON, COMMENT), true, "rejected",
					FeedbackRejected::new);
		}
		for (FeedbackState s : OPEN) {
			staff(s, MERGE, MERGED, FEEDBACK_COORDINATE, Set.of(TARGET), true, "merged", FeedbackMerged::new);
		}
		for (FeedbackState s : AT_AGENCY) {
			staff(s, TRANSFER, ASSIGNED, FEEDBACK_COORDINATE, Set.of(AGENCY, COMMENT), false, "transferred",
					FeedbackTransferred::new);
			staff(s, RETURN_TO_COORDINATOR, RETURNED, FEEDBACK_HANDLE, Set.of(COMMENT), false, "returned",
					FeedbackReturnedToCoordinator::new);
			staff(s, REASSIGN, IN_PROGRESS, FEEDBACK_HANDLE, Set.of(HANDLER), false, "reassigned",
					FeedbackReassigned::new);
			staff(s, RESOLVE, RESOLVED, FEEDBACK_HANDLE, Set.of(COMMENT), true, "resolved", FeedbackResolved::new);
		}
		for (FeedbackState s : OPEN) {
			add(s, ESCALATE, s, Transition.Actor.SYSTEM, null, Set.of(), false, "escalated", FeedbackEscalated::new);
		}
		add(RESOLVED, REOPEN, ASSIGNED, Transition.Actor.REPORTER, null, Set.of(COMMENT), true, "reopened",
				FeedbackReopened::new);
		add(RESOLVED, RATE, CLOSED, Transition.Actor.REPORTER, null, Set.of(STARS), false, "rated",
				FeedbackRated::new);
		add(RESOLVED, CLOSE, CLOSED, Transition.Actor.SYSTEM, null, Set.of(), false, "closed", FeedbackClosed::new);
	}

	private static final Map<FeedbackAction, Transition> BY_ACTION = new EnumMap<>(FeedbackAction.class);

	static {
		for (Transition t : ROWS) {
			Transition earlier = BY_ACTION.putIfAbsent(t.action(), t);
			if (earlier != null && (earlier.by() != t.by() || !java.util.Objects.equals(earlier.permission(),
					t.permission()))) {
				throw new IllegalStateException("two actors or permissions for " + t.action());
			}
		}
	}

	private TransitionTable() {
	}

	private static void staff(FeedbackState from, FeedbackAction action, FeedbackState to, String permission,
			Set<Transition.Input> inputs, boolean publicNote, String verb, Transition.EventFactory event) {
		add(from, action, to, Transition.Actor.STAFF, permission, inputs, publicNote, verb, event);
	}

	private static void add(FeedbackState from, FeedbackAction action, FeedbackState to, Transition.Actor by,
			String permission, Set<Transition.Input> inputs, boolean publicNote, String verb,
			Transition.EventFactory event) {
		ROWS.add(new Transition(from, action, to, by, permission, inputs, publicNote, verb, event));
	}

	/** The transition for {@code action} in {@code state}, or empty when the table does not allow it. */
	public static Optional<Transition> find(FeedbackState state, FeedbackAction action) {
		return ROWS.stream().filter(t -> t.from() == state && t.action() == action).findFirst();
	}

	/** Who takes {@code action}, whatever the state. */
	public static Transition.Actor actorOf(FeedbackAction action) {
		return BY_ACTION.get(action).by();
	}

	/** The permission a staff action needs; null for reporter and system actions. */
	public static String permissionOf(FeedbackAction action) {
		return BY_ACTION.get(action).permission();
	}

	/** Every row, in the order of the workflow. */
	public static List<Transition> rows() {
		return List.copyOf(ROWS);
	}

	/** The transitions leaving {@code state}, in table order. */
	public static List<Transition> from(FeedbackState state) {
		return ROWS.stream().filter(t -> t.from() == state).toList();
	}
}
