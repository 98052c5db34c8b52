package vn.gov.cantho.egov.health;

import java.util.List;

import vn.gov.cantho.egov.identity.Actor;

/**
 * Confirmed cases and their contacts (HEALTH_TRACE). Every tracing query is recorded with who, when and why; a caller
 * without HEALTH_TRACE asking for a case or its contacts is refused ({@code health.trace-forbidden}) and the refusal is
 * recorded too.
 */
public interface CaseManagement {

	/**
	 * Records a confirmed case (F0) and traces its contacts at once; returns its public case code. HEALTH_TRACE, or
	 * HEALTH_TEST_MANAGE when a positive result opens the case. Refused with {@code health.case-window-*} (naming the
	 * field) when the infectious window makes no sense.
	 */
	String open(Actor officer, OpenCase command);

	/** A case without its contact details (the read is audited); {@code health.case-not-found} otherwise. */
	CaseView find(Actor officer, String caseCode);

	/** The most recently recorded cases, newest first. */
	List<CaseView> recent(Actor officer, int limit);

	/** Traces the case again (check-ins uploaded late by offline devices), replacing its contact list. */
	CaseView retrace(Actor officer, String caseCode, String purpose);

	/**
	 * The contacts of a case with their contact details, for the purpose given (required, recorded). Generation 1 is
	 * F1 only; generation 2 is F1 and F2 together, each contact marked with its generation.
	 */
	ContactList contacts(Actor officer, String caseCode, int generation, String purpose);

	/** The same list for a download; recorded as an export rather than a read. */
	ContactList export(Actor officer, String caseCode, int generation, String purpose);
}
