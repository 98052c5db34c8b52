package vn.gov.cantho.egov.dossier.domain;

import static vn.gov.cantho.egov.dossier.DossierAction.APOLOGISE;
import static vn.gov.cantho.egov.dossier.DossierAction.APPROVE;
import static vn.gov.cantho.egov.dossier.DossierAction.ASSIGN;
import static vn.gov.cantho.egov.dossier.DossierAction.CONFIRM_FEES;
import static vn.gov.cantho.egov.dossier.DossierAction.PROPOSE;
import static vn.gov.cantho.egov.dossier.DossierAction.RECEIVE;
import static vn.gov.cantho.egov.dossier.DossierAction.REFUSE;
import static vn.gov.cantho.egov.dossier.DossierAction.REQUEST_FEES;
import static vn.gov.cantho.egov.dossier.DossierAction.REQUEST_SUPPLEMENT;
import static vn.gov.cantho.egov.dossier.DossierAction.RETURN_AT_COUNTER;
import static vn.gov.cantho.egov.dossier.DossierAction.SEND_BACK;
import static vn.gov.cantho.egov.dossier.DossierAction.SEND_BY_POST;
import static vn.gov.cantho.egov.dossier.DossierAction.STOP;
import static vn.gov.cantho.egov.dossier.DossierAction.SUBMIT_SUPPLEMENT;
import static vn.gov.cantho.egov.dossier.DossierAction.WITHDRAW;
import static vn.gov.cantho.egov.dossier.DossierState.AWAITING_APPROVAL;
import static vn.gov.cantho.egov.dossier.DossierState.AWAITING_FEES;
import static vn.gov.cantho.egov.dossier.DossierState.PROCESSING;
import static vn.gov.cantho.egov.dossier.DossierState.RECEIVED;
import static vn.gov.cantho.egov.dossier.DossierState.REFUSED;
import static vn.gov.cantho.egov.dossier.DossierState.RESULT_READY;
import static vn.gov.cantho.egov.dossier.DossierState.RETURNED;
import static vn.gov.cantho.egov.dossier.DossierState.STOPPED;
import static vn.gov.cantho.egov.dossier.DossierState.SUBMITTED;
import static vn.gov.cantho.egov.dossier.DossierState.SUPPLEMENT_REQUESTED;
import static vn.gov.cantho.egov.dossier.DossierState.WITHDRAWN;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.ASSIGNEE;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.COMMENT;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.DOCUMENTS;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.NEW_DUE_DATE;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.OUTCOME;
import static vn.gov.cantho.egov.dossier.domain.Transition.Input.TRACKING_NUMBER;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_APOLOGISE;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_APPROVE;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_PROCESS;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_RECEIVE;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_RETURN;
import static vn.gov.cantho.egov.identity.Permissions.DOSSIER_SUBMIT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.cantho.egov.dossier.DecisionProposed;
import vn.gov.cantho.egov.dossier.DecisionSentBack;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierApologised;
import vn.gov.cantho.egov.dossier.DossierApproved;
import vn.gov.cantho.egov.dossier.DossierAssigned;
import vn.gov.cantho.egov.dossier.DossierReceived;
import vn.gov.cantho.egov.dossier.DossierRefused;
import vn.gov.cantho.egov.dossier.DossierReturned;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierStopped;
import vn.gov.cantho.egov.dossier.DossierWithdrawn;
import vn.gov.cantho.egov.dossier.FeesConfirmed;
import vn.gov.cantho.egov.dossier.FeesRequested;
import vn.gov.cantho.egov.dossier.SupplementRequested;
import vn.gov.cantho.egov.dossier.SupplementSubmitted;

/**
 * The one-stop workflow as data: every allowed (state, action) pair with its next state, permission, inputs and
 * event. Whatever is not listed is refused. Each action has one permission whatever the state, so a caller without it
 * is refused before the state is looked at.
 */
public final class TransitionTable {

	private static final List<Transition> ROWS = new ArrayList<>();

	static {
		row(RECEIVE, DOSSIER_RECEIVE, Set.of(), DossierReceived::new, SUBMITTED, RECEIVED);
		row(REFUSE, DOSSIER_RECEIVE, Set.of(COMMENT), DossierRefused::new, SUBMITTED, REFUSED);
		row(ASSIGN, DOSSIER_RECEIVE, Set.of(ASSIGNEE), DossierAssigned::new, RECEIVED, PROCESSING);
		row(REQUEST_SUPPLEMENT, DOSSIER_PROCESS, Set.of(COMMENT), SupplementRequested::new, PROCESSING,
				SUPPLEMENT_REQUESTED);
		owner(SUBMIT_SUPPLEMENT, Set.of(DOCUMENTS), SupplementSubmitted::new, SUPPLEMENT_REQUESTED, PROCESSING);
		row(PROPOSE, DOSSIER_PROCESS, Set.of(OUTCOME, COMMENT), DecisionProposed::new, PROCESSING, AWAITING_APPROVAL);
		row(APPROVE, DOSSIER_APPROVE, Set.of(), DossierApproved::new, AWAITING_APPROVAL, RESULT_READY);
		row(SEND_BACK, DOSSIER_APPROVE, Set.of(COMMENT), DecisionSentBack::new, AWAITING_APPROVAL, PROCESSING);
		row(REQUEST_FEES, DOSSIER_PROCESS, Set.of(), FeesRequested::new, PROCESSING, AWAITING_FEES);
		row(CONFIRM_FEES, DOSSIER_RECEIVE, Set.of(), FeesConfirmed::new, AWAITING_FEES, PROCESSING);
		for (DossierState from : List.of(RECEIVED, PROCESSING, AWAITING_APPROVAL, SUPPLEMENT_REQUESTED, AWAITING_FEES)) {
			row(STOP, DOSSIER_APPROVE, Set.of(COMMENT), DossierStopped::new, from, STOPPED);
		}
		for (DossierState from : List.of(SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_FEES,
				AWAITING_APPROVAL)) {
			owner(WITHDRAW, Set.of(), DossierWithdrawn::new, from, WITHDRAWN);
		}
		row(RETURN_AT_COUNTER, DOSSIER_RETURN, Set.of(), DossierReturned::new, RESULT_READY, RETURNED);
		row(SEND_BY_POST, DOSSIER_RETURN, Set.of(TRACKING_NUMBER), DossierReturned::new, RESULT_READY, RETURNED);
		for (DossierState state : List.of(RECEIVED, PROCESSING, AWAITING_APPROVAL, AWAITING_FEES)) {
			row(APOLOGISE, DOSSIER_APOLOGISE, Set.of(COMMENT, NEW_DUE_DATE), DossierApologised::new, state, state);
		}
	}

	private static final Map<DossierAction, String> PERMISSIONS = new EnumMap<>(DossierAction.class);

	static {
		for (Transition t : ROWS) {
			String earlier = PERMISSIONS.putIfAbsent(t.action(), t.permission());
			if (earlier != null && !earlier.equals(t.permission())) {
				throw new IllegalStateException("two permissions for " + t.action());
			}
		}
	}

	private TransitionTable() {
	}

	private static void row(DossierAction action, String permission, Set<Transition.Input> inputs,
			Transition.EventFactory event, DossierState from, DossierState to) {
		ROWS.add(new Transition(from, action, to, permission, inputs, false, event));
	}

	private static void owner(DossierAction action, Set<Transition.Input> inputs, Transition.EventFactory event,
			DossierState from, DossierState to) {
		ROWS.add(new Transition(from, action, to, DOSSIER_SUBMIT, inputs, true, event));
	}

	/** The transition for {@code action} in {@code state}, or empty when the table does not allow it. */
	public static Optional<Transition> find(DossierState state, DossierAction action) {
		return ROWS.stream().filter(t -> t.from() == state && t.action() == action).findFirst();
	}

	/** The permission an action needs in every state where it is allowed. */
	public static String permissionOf(DossierAction action) {
		return PERMISSIONS.get(action);
	}

	/** Every row, in the order of the workflow. */
	public static List<Transition> rows() {
		return List.copyOf(ROWS);
	}

	/** The transitions leaving {@code state}, in table order. */
	public static List<Transition> from(DossierState state) {
		return ROWS.stream().filter(t -> t.from() == state).toList();
	}
}
