package vn.gov.cantho.egov.health;

import vn.gov.cantho.egov.identity.Actor;

/** Confirmed cases and their contacts (HEALTH_TRACE). Every tracing query is recorded with who, when and why. */
public interface CaseManagement {

	/** Records a confirmed case (F0); returns its public case code. */
	String open(Actor officer, OpenCase command);
}
