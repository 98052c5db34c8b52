package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.InboundMessage;

/**
 * The module's own operations dated at a chosen past moment, for the demo data, which spreads items over months so
 * that the pages and figures show a history: the same rules, numbers, deadlines on the working calendar, steps, audit
 * entries and events, only earlier. Nothing else uses it.
 */
@Component
public class PastActions {

	private final Intake intake;
	private final FeedbackWorkflow workflow;
	private final FeedbackAccess access;
	private final Conversations conversations;
	private final ItemRepository items;

	PastActions(Intake intake, FeedbackWorkflow workflow, FeedbackAccess access, Conversations conversations,
			ItemRepository items) {
		this.intake = intake;
		this.workflow = workflow;
		this.access = access;
		this.conversations = conversations;
		this.items = items;
	}

	/** An item filed at {@code at}: its number and state. */
	public record Filed(String number, FeedbackState state, boolean madeNow) {
	}

	/** The item an earlier run filed under this submitter and key, if any. */
	public Optional<Filed> existing(String submittedBy, String idempotencyKey) {
		return items.findBySubmittedByAndIdempotencyKey(submittedBy, idempotencyKey)
			.map(i -> new Filed(i.number(), i.state(), false));
	}

	/** Who an anonymous submission with this upload key is filed as. */
	public static String anonymousSubmitter(String uploadKey) {
		return PhotoStore.owner(null, uploadKey);
	}

	public Filed submit(FeedbackSubmission submission, String idempotencyKey, String uploadKey, Instant at) {
		FeedbackItem item = intake.submit(submission, idempotencyKey, uploadKey, at);
		return new Filed(item.number(), item.state(), true);
	}

	public Filed receive(InboundMessage message, Instant at) {
		String number = conversations.receive(message, at).number();
		return new Filed(number, items.findByNumber(number).orElseThrow().state(), true);
	}

	@Transactional
	public FeedbackState act(String number, FeedbackAction action, ActionInput input, Instant at) {
		return workflow.act(number, action, input, at).state();
	}

	@Transactional
	public FeedbackState reporterAct(String number, String phone, FeedbackAction action, ActionInput input,
			Instant at) {
		return workflow.reporterAct(access.reporterOf(number, phone), action, input, "reporter", at).state();
	}
}
