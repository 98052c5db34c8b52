package vn.gov.cantho.egov.dossier.domain;

import java.time.Instant;
import java.util.Set;

import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierEvent;
import vn.gov.cantho.egov.dossier.DossierState;

/**
 * One row of the transition table: in state {@code from}, {@code action} by a holder of {@code permission} leads to
 * {@code to} and announces {@code event}. {@code inputs} are what the request must carry; {@code ownerOnly} actions
 * are the applicant's own (only the dossier's owner may take them).
 */
public record Transition(DossierState from, DossierAction action, DossierState to, String permission,
		Set<Input> inputs, boolean ownerOnly, EventFactory event) {

	public Transition {
		inputs = Set.copyOf(inputs);
	}

	/** The event announcing this transition of dossier {@code code}. */
	public DossierEvent eventFor(String code, String agencyCode, Instant at) {
		return event.create(code, agencyCode, at);
	}

	/** Name of the event type, for documentation. */
	public String eventName() {
		return event.create("", "", Instant.EPOCH).getClass().getSimpleName();
	}

	/** What an action's request must carry, by its field in {@code ActionRequest}. */
	public enum Input {
		COMMENT("comment"), ASSIGNEE("assignee"), OUTCOME("outcome"), NEW_DUE_DATE("newDueDate"),
		TRACKING_NUMBER("trackingNumber"), DOCUMENTS("documents");

		private final String field;

		Input(String field) {
			this.field = field;
		}

		public String field() {
			return field;
		}

		/** The error when it is missing: {@code dossier.new-due-date-required}. */
		public String missingCode() {
			return "dossier." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-required";
		}
	}

	/** Makes the event of a transition; every dossier event record has this constructor shape. */
	@FunctionalInterface
	public interface EventFactory {

		DossierEvent create(String code, String agencyCode, Instant at);
	}
}
