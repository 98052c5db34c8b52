package vn.gov.cantho.egov.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Dates of the workflow counted by hand on a calendar of weekends only (January 2026: the 9th is a Friday):
 * appointment at reception, supplement time moving it, handling time without supplement time, one apology when due.
 */
class ActionEffectsTest {

	static final Instant FRIDAY_9_10H = at(2026, 1, 9, 10);

	final List<AttachedDocument> attached = new java.util.ArrayList<>();
	final FileStore files = new FileStore(null) {
		@Override
		void attach(long dossierId, List<AttachedDocument> documents, String owner, Instant now) {
			attached.addAll(documents);
		}
	};
	final Map<String, AccountView> accounts = Map.of(
			"specialist", account("specialist", "CA-XNC", "SPECIALIST", false),
			"officer", account("officer", "CA-XNC", "RECEPTION_OFFICER", false),
			"specialist.caikhe", account("specialist.caikhe", "UBND-CAIKHE", "SPECIALIST", false),
			"locked", account("locked", "CA-XNC", "SPECIALIST", true));
	final AccountDirectory directory = new AccountDirectory() {
		@Override
		public Optional<AccountView> account(String username) {
			return Optional.ofNullable(accounts.get(username));
		}

		@Override
		public List<AccountView> officials(String agencyCode) {
			return List.of();
		}
	};
	final ActionEffects effects = new ActionEffects(new WeekendCalendar(), directory, files);

	@Test
	void theAppointmentIsEightWorkingDaysAfterReception() {
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		assertThat(Times.local(d.dueAt())).isEqualTo(LocalDateTime.of(2026, 1, 21, 17, 0));
		assertThat(d.originalDueAt()).isEqualTo(d.dueAt());
	}

	@Test
	void supplementTimeMovesTheAppointmentAndIsLeftOutOfTheHandlingTime() {
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		effects.apply(d, DossierAction.REQUEST_SUPPLEMENT, ActionRequest.comment("Ảnh mờ"), "specialist",
				at(2026, 1, 13, 9));
		assertThat(d.supplementRequests()).isEqualTo(1);
		ActionRequest supplement = new ActionRequest(null, null, null, null, null,
				List.of(new AttachedDocument("ANH", "u-9")));
		// Tuesday 13th to Monday 19th: the 14th, 15th, 16th and 19th are the citizen's four working days.
		effects.apply(d, DossierAction.SUBMIT_SUPPLEMENT, supplement, "citizen", at(2026, 1, 19, 8));
		assertThat(attached).containsExactly(new AttachedDocument("ANH", "u-9"));
		assertThat(d.supplementDays()).isEqualTo(4);
		assertThat(d.supplementRequestedAt()).isNull();
		assertThat(Times.local(d.dueAt())).isEqualTo(LocalDateTime.of(2026, 1, 27, 17, 0));
		assertThat(Times.local(d.originalDueAt())).isEqualTo(LocalDateTime.of(2026, 1, 27, 17, 0));

		// Received on the 9th, result on Thursday the 29th: 14 working days, 4 of them the citizen's.
		effects.apply(d, DossierAction.APPROVE, ActionRequest.none(), "leader", at(2026, 1, 29, 15));
		assertThat(d.finishedAt()).isEqualTo(at(2026, 1, 29, 15));
		assertThat(d).extracting("handlingDays").isEqualTo(10);
	}

	@Test
	void anApologyIsPossibleOnceWhenDueWithinAWorkingDayOrOverdue() {
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		ActionRequest apology = new ActionRequest("Chờ xác minh", null, null, LocalDate.of(2026, 1, 28), null, null);
		assertThat(effects.applicable(d, DossierAction.APOLOGISE, at(2026, 1, 16, 9))).isFalse();
		assertThat(code(() -> effects.apply(d, DossierAction.APOLOGISE, apology, "leader", at(2026, 1, 16, 9))))
			.isEqualTo("dossier.apology-not-due");

		Instant tuesdayBefore = at(2026, 1, 20, 9);
		assertThat(effects.applicable(d, DossierAction.APOLOGISE, tuesdayBefore)).isTrue();
		effects.apply(d, DossierAction.APOLOGISE, apology, "leader", tuesdayBefore);
		assertThat(d.apologised()).isTrue();
		assertThat(Times.local(d.dueAt())).isEqualTo(LocalDateTime.of(2026, 1, 28, 17, 0));
		assertThat(Times.local(d.originalDueAt())).as("the 766 rule keeps the first appointment")
			.isEqualTo(LocalDateTime.of(2026, 1, 21, 17, 0));
		assertThat(effects.applicable(d, DossierAction.APOLOGISE, at(2026, 1, 29, 9))).isFalse();
		assertThat(code(() -> effects.apply(d, DossierAction.APOLOGISE, apology, "leader", at(2026, 1, 29, 9))))
			.isEqualTo("dossier.already-apologised");
	}

	@Test
	void theNewDateMustBeALaterWorkingDay() {
		Instant overdue = at(2026, 1, 22, 9);
		for (LocalDate date : List.of(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 22))) {
			Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
			assertThat(code(() -> effects.apply(d, DossierAction.APOLOGISE, apology(date), "leader", overdue)))
				.as("%s", date)
				.isEqualTo("dossier.new-due-date-too-early");
		}
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		assertThat(code(() -> effects.apply(d, DossierAction.APOLOGISE, apology(LocalDate.of(2026, 1, 24)), "leader",
				overdue))).isEqualTo("dossier.new-due-date-not-working-day");
		effects.apply(d, DossierAction.APOLOGISE, apology(LocalDate.of(2026, 1, 23)), "leader", overdue);
		assertThat(Times.local(d.dueAt())).isEqualTo(LocalDateTime.of(2026, 1, 23, 17, 0));
	}

	@Test
	void onlySpecialistsOfTheDossiersAgencyCanBeAssigned() {
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		for (String wrong : List.of("officer", "specialist.caikhe", "locked", "nobody")) {
			assertThat(code(() -> effects.apply(d, DossierAction.ASSIGN, assign(wrong), "officer", FRIDAY_9_10H)))
				.as(wrong)
				.isEqualTo("dossier.invalid-assignee");
		}
		effects.apply(d, DossierAction.ASSIGN, assign(" specialist "), "officer", FRIDAY_9_10H);
		assertThat(d.assignee()).isEqualTo("specialist");
	}

	@Test
	void onlyPostalDeliveriesAreSentByPost() {
		ActionRequest tracking = new ActionRequest(null, null, null, null, " EB123456789VN ", null);
		Dossier atCounter = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		assertThat(effects.applicable(atCounter, DossierAction.SEND_BY_POST, FRIDAY_9_10H)).isFalse();
		assertThat(code(() -> effects.apply(atCounter, DossierAction.SEND_BY_POST, tracking, "officer",
				FRIDAY_9_10H))).isEqualTo("dossier.not-by-post");
		Dossier byPost = received(FRIDAY_9_10H, DeliveryOption.POST);
		effects.apply(byPost, DossierAction.SEND_BY_POST, tracking, "officer", FRIDAY_9_10H);
		assertThat(byPost.trackingNumber()).isEqualTo("EB123456789VN");
	}

	@Test
	void theClockRunsOnlyWhileTheAgencyHoldsTheDossier() {
		Dossier d = received(FRIDAY_9_10H, DeliveryOption.COUNTER);
		Instant after = at(2026, 1, 22, 9);
		assertThat(d.overdueAt(after)).isTrue();
		assertThat(d.overdueAt(at(2026, 1, 21, 16))).isFalse();
		d.follow(TransitionTable.find(DossierState.RECEIVED, DossierAction.ASSIGN).orElseThrow());
		d.follow(TransitionTable.find(DossierState.PROCESSING, DossierAction.REQUEST_SUPPLEMENT).orElseThrow());
		assertThat(d.overdueAt(after)).as("waiting for the citizen").isFalse();
		Throwable wrongState = catchThrowable(
				() -> d.follow(TransitionTable.find(DossierState.PROCESSING, DossierAction.PROPOSE).orElseThrow()));
		assertThat(((BusinessException) wrongState).code()).isEqualTo("dossier.action-not-allowed");
	}

	private Dossier received(Instant at, DeliveryOption delivery) {
		NewDossier draft = new NewDossier(TestProcedures.passport(), SubmissionChannel.ONLINE, "citizen", "citizen",
				"k", "Trần Thị Thử (test)", null, "0901234567", null, null, "{}", delivery,
				delivery == DeliveryOption.POST ? "12 Hòa Bình" : null, "vi", 200_000, List.of());
		Dossier d = Dossier.submitted("CA-XNC-260109-0001", draft, at);
		ReflectionTestUtils.setField(d, "id", 1L);
		effects.apply(d, DossierAction.RECEIVE, ActionRequest.none(), "officer", at);
		d.follow(TransitionTable.find(DossierState.SUBMITTED, DossierAction.RECEIVE).orElseThrow());
		return d;
	}

	private static ActionRequest apology(LocalDate date) {
		return new ActionRequest("Chờ xác minh", null, null, date, null, null);
	}

	private static ActionRequest assign(String username) {
		return new ActionRequest(null, username, null, null, null, null);
	}

	private static Instant at(int year, int month, int day, int hour) {
		return Times.instant(LocalDateTime.of(year, month, day, hour, 0));
	}

	private static AccountView account(String username, String agency, String role, boolean locked) {
		return new AccountView(username, username, AccountKind.OFFICIAL, agency, null, null, Set.of(role), locked,
				null);
	}

	private static String code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(BusinessException.class);
		return ((BusinessException) thrown).code();
	}
}
