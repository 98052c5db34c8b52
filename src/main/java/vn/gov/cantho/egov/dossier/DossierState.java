package vn.gov.cantho.egov.dossier;

/**
 * The states of a dossier, with the status code used when dossiers are synchronised to the national portal (DVCQG).
 * {@code AWAITING_APPROVAL} (a decision proposed to the leader) is still national state 4, processing.
 */
public enum DossierState {
	SUBMITTED(1), RECEIVED(2), REFUSED(3), PROCESSING(4), AWAITING_APPROVAL(4), SUPPLEMENT_REQUESTED(5),
	AWAITING_FEES(6), WITHDRAWN(7), STOPPED(8), RESULT_READY(9), RETURNED(10);

	private final int nationalCode;

	DossierState(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return nationalCode;
	}

	/** No action can leave this state. */
	public boolean isFinal() {
		return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
	}

	/** The handling clock runs (not finished, not waiting for the citizen). */
	public boolean clockRuns() {
		return !isFinal() && this != SUPPLEMENT_REQUESTED && this != RESULT_READY && this != SUBMITTED;
	}
}
