package vn.gov.cantho.egov.health.web;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/** The logged-in actor of a page that the access rules already limited to logged-in accounts. */
@Component
class HealthActors {

	private final CurrentActor current;

	HealthActors(CurrentActor current) {
		this.current = current;
	}

	Actor actor() {
		return current.current().orElseThrow(() -> BusinessException.forbidden("forbidden"));
	}

	boolean loggedIn() {
		return current.current().isPresent();
	}
}
