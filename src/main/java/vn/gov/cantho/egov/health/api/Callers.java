package vn.gov.cantho.egov.health.api;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/** The calling account; the URL rules already let only authenticated callers in, so none here means no local account. */
@Component
class Callers {

	private final CurrentActor current;

	Callers(CurrentActor current) {
		this.current = current;
	}

	Actor actor() {
		return current.current().orElseThrow(() -> BusinessException.forbidden("health.forbidden"));
	}
}
