package vn.gov.cantho.egov.feedback.demo;

import java.util.ArrayList;
import java.util.List;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.InboundMessage;

/**
 * One demo item: filed {@code daysAgo} by {@code submitter} (a demo account, or null for an anonymous visitor) with
 * {@code submission}, or arriving as a Zalo or Facebook {@code message}; {@code photos} generated pictures, approved
 * by the coordinator when {@code photosApproved}; then the steps that bring it to the state it shows, each some days
 * after the filing. A step's user {@code reporter} acts by the phone of the submission; a target number {@code @key}
 * names another demo item.
 */
record DemoScenario(String key, int daysAgo, String submitter, FeedbackSubmission submission, InboundMessage message,
		int photos, boolean photosApproved, List<Step> steps) {

	static final String REPORTER = "reporter";

	record Step(String user, FeedbackAction action, ActionInput input, double daysAfter) {
	}

	static DemoScenario filed(String key, int daysAgo, String submitter, FeedbackSubmission submission) {
		return new DemoScenario(key, daysAgo, submitter, submission, null, 0, false, new ArrayList<>());
	}

	static DemoScenario message(String key, int daysAgo, InboundMessage message) {
		return new DemoScenario(key, daysAgo, null, null, message, 0, false, new ArrayList<>());
	}

	DemoScenario withPhotos(int count, boolean approved) {
		return new DemoScenario(key, daysAgo, submitter, submission, message, count, approved, steps);
	}

	DemoScenario then(double daysAfter, String user, FeedbackAction action, ActionInput input) {
		steps.add(new Step(user, action, input, daysAfter));
		return this;
	}

	/** The upload key of an anonymous demo visitor (stable, so a second start finds the item again). */
	String uploadKey() {
		return "demo-feedback-upload-" + key;
	}

	String idempotencyKey() {
		return "demo-feedback-" + key;
	}
}
