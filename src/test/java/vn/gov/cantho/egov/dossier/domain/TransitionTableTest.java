package vn.gov.cantho.egov.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierState;

/**
 * Every pair of state and action against the workflow as the issue decided it, written out here independently of the
 * table's own code: allowed pairs lead to the expected state with the expected permission and event, all others are
 * refused.
 */
class TransitionTableTest {

	/** state action next-state permission event, one allowed pair per line. */
	static final String EXPECTED = """
			SUBMITTED RECEIVE RECEIVED DOSSIER_RECEIVE DossierReceived
			SUBMITTED REFUSE REFUSED DOSSIER_RECEIVE DossierRefused
			RECEIVED ASSIGN PROCESSING DOSSIER_RECEIVE DossierAssigned
			PROCESSING REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED DOSSIER_PROCESS SupplementRequested
			SUPPLEMENT_REQUESTED SUBMIT_SUPPLEMENT PROCESSING DOSSIER_SUBMIT SupplementSubmitted
			PROCESSING PROPOSE AWAITING_APPROVAL DOSSIER_PROCESS DecisionProposed
			AWAITING_APPROVAL APPROVE RESULT_READY DOSSIER_APPROVE DossierApproved
			AWAITING_APPROVAL SEND_BACK PROCESSING DOSSIER_APPROVE DecisionSentBack
			PROCESSING REQUEST_FEES AWAITING_FEES DOSSIER_PROCESS FeesRequested
			AWAITING_FEES CONFIRM_FEES PROCESSING DOSSIER_RECEIVE FeesConfirmed
			RECEIVED STOP STOPPED DOSSIER_APPROVE DossierStopped
			PROCESSING STOP STOPPED DOSSIER_APPROVE DossierStopped
			AWAITING_APPROVAL STOP STOPPED DOSSIER_APPROVE DossierStopped
			SUPPLEMENT_REQUESTED STOP STOPPED DOSSIER_APPROVE DossierStopped
			AWAITING_FEES STOP STOPPED DOSSIER_APPROVE DossierStopped
			SUBMITTED WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			RECEIVED WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			PROCESSING WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			SUPPLEMENT_REQUESTED WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			AWAITING_FEES WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			AWAITING_APPROVAL WITHDRAW WITHDRAWN DOSSIER_SUBMIT DossierWithdrawn
			RESULT_READY RETURN_AT_COUNTER RETURNED DOSSIER_RETURN DossierReturned
			RESULT_READY SEND_BY_POST RETURNED DOSSIER_RETURN DossierReturned
			RECEIVED APOLOGISE RECEIVED DOSSIER_APOLOGISE DossierApologised
			PROCESSING APOLOGISE PROCESSING DOSSIER_APOLOGISE DossierApologised
			AWAITING_APPROVAL APOLOGISE AWAITING_APPROVAL DOSSIER_APOLOGISE DossierApologised
			AWAITING_FEES APOLOGISE AWAITING_FEES DOSSIER_APOLOGISE DossierApologised
			""";

	static Map<String, String[]> expected() {
		Map<String, String[]> rows = new HashMap<>();
		for (String line : EXPECTED.strip().split("\n")) {
			String[] cells = line.trim().split(" ");
			rows.put(cells[0] + " " + cells[1], cells);
		}
		return rows;
	}

	static Stream<Arguments> everyPair() {
		return Arrays.stream(DossierState.values())
			.flatMap(state -> Arrays.stream(DossierAction.values()).map(action -> Arguments.of(state, action)));
	}

	@ParameterizedTest(name = "{0} x {1}")
	@MethodSource("everyPair")
	void everyStateAndActionIsAllowedOrRefusedAsDecided(DossierState state, DossierAction action) {
		String[] row = expected().get(state + " " + action);
		Optional<Transition> transition = TransitionTable.find(state, action);
		if (row == null) {
			assertThat(transition).as("%s in %s is refused", action, state).isEmpty();
			return;
		}
		assertThat(transition).as("%s in %s is allowed", action, state).isPresent();
		Transition t = transition.get();
		assertThat(t.to().name()).isEqualTo(row[2]);
		assertThat(t.permission()).isEqualTo(row[3]);
		assertThat(t.eventName()).isEqualTo(row[4]);
		assertThat(t.eventFor("CA-XNC-260105-0001", "CA-XNC", Instant.EPOCH).code()).isEqualTo("CA-XNC-260105-0001");
	}

	@Test
	void theTableHasExactlyTheDecidedRows() {
		assertThat(TransitionTable.rows()).hasSize(expected().size());
		assertThat(everyPair().count()).isEqualTo(DossierState.values().length * DossierAction.values().length);
	}

	@Test
	void finalStatesAreThoseNoActionLeaves() {
		for (DossierState state : DossierState.values()) {
			assertThat(TransitionTable.from(state).isEmpty()).as("%s is final", state).isEqualTo(state.isFinal());
		}
	}

	@Test
	void eachActionNeedsOnePermissionWhateverTheState() {
		for (DossierAction action : DossierAction.values()) {
			assertThat(TransitionTable.rows().stream().filter(t -> t.action() == action).map(Transition::permission))
				.as("%s", action)
				.containsOnly(TransitionTable.permissionOf(action));
		}
	}

	@Test
	void onlyTheApplicantsOwnActionsAreForOwnersAndReasonsAreRequiredWhereDecided() {
		assertThat(TransitionTable.rows().stream().filter(Transition::ownerOnly).map(Transition::action).distinct())
			.containsExactlyInAnyOrder(DossierAction.SUBMIT_SUPPLEMENT, DossierAction.WITHDRAW);
		assertThat(TransitionTable.rows()
			.stream()
			.filter(t -> t.inputs().contains(Transition.Input.COMMENT))
			.map(Transition::action)
			.distinct()).containsExactlyInAnyOrder(DossierAction.REFUSE, DossierAction.REQUEST_SUPPLEMENT,
					DossierAction.PROPOSE, DossierAction.SEND_BACK, DossierAction.STOP, DossierAction.APOLOGISE);
		assertThat(TransitionTable.find(DossierState.RESULT_READY, DossierAction.SEND_BY_POST).orElseThrow().inputs())
			.containsExactly(Transition.Input.TRACKING_NUMBER);
		assertThat(Transition.Input.NEW_DUE_DATE.missingCode()).isEqualTo("dossier.new-due-date-required");
	}
}
