package vn.gov.cantho.egov.dossier.demo;

import java.util.ArrayList;
import java.util.List;

import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.SubmissionChannel;

/**
 * One demo dossier: who hands it in (online by a citizen, or registered by a reception officer), under which
 * idempotency key, and the workflow steps that bring it to the state it shows.
 */
record DemoScenario(String key, String submitter, SubmissionChannel channel, DossierApplication application,
		List<Step> steps) {

	/** An action taken by a demo account. */
	record Step(String user, DossierAction action, ActionRequest request) {
	}

	static DemoScenario online(String key, DossierApplication application) {
		return new DemoScenario(key, "citizen", SubmissionChannel.ONLINE, application, new ArrayList<>());
	}

	static DemoScenario counter(String key, String officer, DossierApplication application) {
		return new DemoScenario(key, officer, SubmissionChannel.COUNTER, application, new ArrayList<>());
	}

	DemoScenario then(String user, DossierAction action, ActionRequest request) {
		steps.add(new Step(user, action, request));
		return this;
	}

	DemoScenario then(String user, DossierAction action) {
		return then(user, action, ActionRequest.none());
	}
}
