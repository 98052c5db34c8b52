package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;

/** Every state reads as open or closed, and only an answered item ever reads as fixed. */
class StatusMappingTest {

	@ParameterizedTest
	@EnumSource(FeedbackState.class)
	void openWhileSomeoneMustActClosedOtherwise(FeedbackState state) {
		assertThat(StatusMapping.status(state)).isEqualTo(state.open() ? "open" : "closed");
	}

	@ParameterizedTest
	@EnumSource(FeedbackState.class)
	void fixedOnlyWhenAnswered(FeedbackState state) {
		Stream.of(null, RejectReason.SPAM, RejectReason.OUT_OF_SCOPE)
			.forEach(reason -> Stream.of(0, 1, 3).forEach(reopened -> {
				String detailed = StatusMapping.detailed(state, reason, reopened);
				assertThat(detailed.equals("FIXED")).as(state + " " + reason + " " + reopened)
					.isEqualTo(state.answered());
			}));
	}

	@Test
	void closedWithoutAnswerSaysWhy() {
		assertThat(StatusMapping.detailed(FeedbackState.REJECTED, RejectReason.OUT_OF_SCOPE, 0))
			.isEqualTo("NOT_COUNCILS_RESPONSIBILITY");
		assertThat(StatusMapping.detailed(FeedbackState.REJECTED, RejectReason.SPAM, 0)).isEqualTo("NO_FURTHER_ACTION");
		assertThat(StatusMapping.detailed(FeedbackState.MERGED, null, 0)).isEqualTo("DUPLICATE");
		assertThat(StatusMapping.detailed(FeedbackState.NEW, null, 0)).isEqualTo("FOR_TRIAGE");
		assertThat(StatusMapping.detailed(FeedbackState.ASSIGNED, null, 0)).isEqualTo("ACTION_SCHEDULED");
		assertThat(StatusMapping.detailed(FeedbackState.ASSIGNED, null, 1)).isEqualTo("REOPEN");
		assertThat(StatusMapping.detailed(FeedbackState.IN_PROGRESS, null, 0)).isEqualTo("IN_PROGRESS");
		assertThat(StatusMapping.detailed(FeedbackState.RETURNED, null, 0)).isEqualTo("INTERNAL_REFERRAL");
	}

	@Test
	void everyActionHasItsOwnNoteType() {
		assertThat(StatusMapping.noteType(null)).isEqualTo("submitted");
		assertThat(Arrays.stream(FeedbackAction.values()).map(StatusMapping::noteType).distinct())
			.hasSize(FeedbackAction.values().length)
			.doesNotContain("submitted");
	}
}
