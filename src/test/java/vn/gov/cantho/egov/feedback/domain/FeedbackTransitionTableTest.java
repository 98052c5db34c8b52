package vn.gov.cantho.egov.feedback.domain;

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

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;

/**
 * Every pair of state and action against the 1022 workflow as decided, written out here by hand independently of the
 * table's code: allowed pairs lead to the expected state, by the expected actor and permission, with the expected
 * inputs, public note and event; all other pairs are refused.
 */
class FeedbackTransitionTableTest {

	/** state action next-state actor(permission) inputs public event, one allowed pair per line. */
	static final String EXPECTED = """
			NEW CLASSIFY NEW FEEDBACK_COORDINATE FIELD internal FeedbackClassified
			RETURNED CLASSIFY RETURNED FEEDBACK_COORDINATE FIELD internal FeedbackClassified
			NEW ASSIGN ASSIGNED FEEDBACK_COORDINATE AGENCY internal FeedbackAssigned
			RETURNED ASSIGN ASSIGNED FEEDBACK_COORDINATE AGENCY internal FeedbackAssigned
			NEW REJECT REJECTED FEEDBACK_COORDINATE COMMENT,REJECT_REASON public FeedbackRejected
			RETURNED REJECT REJECTED FEEDBACK_COORDINATE COMMENT,REJECT_REASON public FeedbackRejected
			NEW MERGE MERGED FEEDBACK_COORDINATE TARGET public FeedbackMerged
			RETURNED MERGE MERGED FEEDBACK_COORDINATE TARGET public FeedbackMerged
			ASSIGNED MERGE MERGED FEEDBACK_COORDINATE TARGET public FeedbackMerged
			IN_PROGRESS MERGE MERGED FEEDBACK_COORDINATE TARGET public FeedbackMerged
			ASSIGNED TRANSFER ASSIGNED FEEDBACK_COORDINATE AGENCY,COMMENT internal FeedbackTransferred
			IN_PROGRESS TRANSFER ASSIGNED FEEDBACK_COORDINATE AGENCY,COMMENT internal FeedbackTransferred
			ASSIGNED RETURN_TO_COORDINATOR RETURNED FEEDBACK_HANDLE COMMENT internal FeedbackReturnedToCoordinator
			IN_PROGRESS RETURN_TO_COORDINATOR RETURNED FEEDBACK_HANDLE COMMENT internal FeedbackReturnedToCoordinator
			ASSIGNED REASSIGN IN_PROGRESS FEEDBACK_HANDLE HANDLER internal FeedbackReassigned
			IN_PROGRESS REASSIGN IN_PROGRESS FEEDBACK_HANDLE HANDLER internal FeedbackReassigned
			ASSIGNED RESOLVE RESOLVED FEEDBACK_HANDLE COMMENT public FeedbackResolved
			IN_PROGRESS RESOLVE RESOLVED FEEDBACK_HANDLE COMMENT public FeedbackResolved
			NEW ESCALATE NEW SYSTEM - internal FeedbackEscalated
			RETURNED ESCALATE RETURNED SYSTEM - internal FeedbackEscalated
			ASSIGNED ESCALATE ASSIGNED SYSTEM - internal FeedbackEscalated
			IN_PROGRESS ESCALATE IN_PROGRESS SYSTEM - internal FeedbackEscalated
			RESOLVED REOPEN ASSIGNED REPORTER COMMENT public FeedbackReopened
			RESOLVED RATE CLOSED REPORTER STARS internal FeedbackRated
			RESOLVED CLOSE CLOSED SYSTEM - internal FeedbackClosed
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
		return Arrays.stream(FeedbackState.values())
			.flatMap(state -> Arrays.stream(FeedbackAction.values()).map(action -> Arguments.of(state, action)));
	}

	@ParameterizedTest(name = "{0} x {1}")
	@MethodSource("everyPair")
	void everyStateAndActionIsAllowedOrRefusedAsDecided(FeedbackState state, FeedbackAction action) {
		String[] row = expected().get(state + " " + action);
		Optional<Transition> transition = TransitionTable.find(state, action);
		if (row == null) {
			assertThat(transition).as("%s in %s is refused", action, state).isEmpty();
			return;
		}
		assertThat(transition).as("%s in %s is allowed", action, state).isPresent();
		Transition t = transition.get();
		assertThat(t.to().name()).isEqualTo(row[2]);
		String who = t.by() == Transition.Actor.STAFF ? t.permission() : t.by().name();
		assertThat(who).isEqualTo(row[3]);
		String inputs = t.inputs().stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse("-");
		assertThat(inputs).isEqualTo(row[4]);
		assertThat(t.publicNote() ? "public" : "internal").isEqualTo(row[5]);
		assertThat(t.eventName()).isEqualTo(row[6]);
		assertThat(t.eventFor("PA-261127-0001", "SYT", Instant.EPOCH).number()).isEqualTo("PA-261127-0001");
		assertThat(t.auditAction()).startsWith("feedback.item.");
	}

	@Test
	void theTableHasExactlyTheDecidedRows() {
		assertThat(TransitionTable.rows()).hasSize(expected().size());
	}

	@Test
	void closedStatesAreThoseNoActionLeaves() {
		for (FeedbackState state : FeedbackState.values()) {
			boolean terminal = state == FeedbackState.CLOSED || state == FeedbackState.REJECTED
					|| state == FeedbackState.MERGED;
			assertThat(TransitionTable.from(state).isEmpty()).as("%s is terminal", state).isEqualTo(terminal);
		}
	}

	@Test
	void closedIsReachedOnlyFromAnAnswer() {
		assertThat(TransitionTable.rows().stream().filter(t -> t.to() == FeedbackState.CLOSED).map(Transition::from))
			.containsOnly(FeedbackState.RESOLVED);
	}

	@Test
	void eachActionHasOneActorAndPermissionAndTheApiSlugsRoundTrip() {
		for (FeedbackAction action : FeedbackAction.values()) {
			assertThat(TransitionTable.rows().stream().filter(t -> t.action() == action).map(Transition::by))
				.as("%s", action)
				.containsOnly(TransitionTable.actorOf(action));
			assertThat(FeedbackAction.fromSlug(action.slug())).isEqualTo(action);
		}
		assertThat(FeedbackAction.RETURN_TO_COORDINATOR.slug()).isEqualTo("return-to-coordinator");
		assertThat(Transition.Input.REJECT_REASON.missingCode()).isEqualTo("feedback.reject-reason-required");
	}
}
