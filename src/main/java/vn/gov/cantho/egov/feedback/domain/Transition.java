package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackEvent;
import vn.gov.cantho.egov.feedback.FeedbackState;

/**
 * One row of the transition table: in state {@code from}, {@code action} taken by {@code by} (staff holding
 * {@code permission}, the reporter, or the system) leads to {@code to}, needs {@code inputs}, writes a step that the
 * public sees when {@code publicNote}, an audit entry {@code feedback.item.VERB} and the row's event.
 */
public record Transition(FeedbackState from, FeedbackAction action, FeedbackState to, Actor by, String permission,
		Set<Input> inputs, boolean publicNote, String verb, EventFactory event) {

	public Transition {
		inputs = Set.copyOf(inputs);
	}

	/** Who may take the action. */
	public enum Actor {
		/** An official or coordinator holding the row's permission, on an item in scope. */
		STAFF,
		/** The reporter, proven by the phone given at filing or by being the account that filed. */
		REPORTER,
		/** A scheduled job. */
		SYSTEM
	}

	/** What an action's request must carry, by its field in {@code ActionInput}. */
	public enum Input {
		FIELD("fieldCode"), AGENCY("agencyCode"), HANDLER("handler"), COMMENT("comment"),
		REJECT_REASON("rejectReason"), TARGET("targetNumber"), STARS("stars");

		private final String field;

		Input(String field) {
			this.field = field;
		}

		public String field() {
			return field;
		}

		/** The error when it is missing: {@code feedback.reject-reason-required}. */
		public String missingCode() {
			return "feedback." + name().toLowerCase(Locale.ROOT).replace('_', '-') + "-required";
		}
	}

	public FeedbackEvent eventFor(String number, String agencyCode, Instant at) {
		return event.create(number, agencyCode, at);
	}

	/** Name of the event type, for documentation. */
	public String eventName() {
		return event.create("", "", Instant.EPOCH).getClass().getSimpleName();
	}

	/** The audit action of this row. */
	public String auditAction() {
		return "feedback.item." + verb;
	}

	/** Every feedback event record has this constructor shape. */
	@FunctionalInterface
	public interface EventFactory {

		FeedbackEvent create(String number, String agencyCode, Instant at);
	}
}
