package vn.gov.cantho.egov.feedback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Performs actions by the transition table. Staff: the caller must see the item (404), hold the action's permission
 * (403 {@code feedback.action-forbidden}), act within scope (officials: their agencies), find the action allowed in the
 * state (409 {@code feedback.action-not-allowed}) and send its inputs (422). Reporters: REOPEN within the reopen window
 * and RATE. System: ESCALATE and CLOSE from the jobs. Each change saves the item (optimistic version: a lost race is a
 * 409), writes a step, an audit entry and the row's event, in the caller's transaction.
 */
@Component
class FeedbackWorkflow {

	static final int MAX_RATING_COMMENT = 1000;

	private final ItemRepository items;
	private final FeedbackAccess access;
	private final FeedbackEffects effects;
	private final Steps steps;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final FeedbackProperties properties;

	FeedbackWorkflow(ItemRepository items, FeedbackAccess access, FeedbackEffects effects, Steps steps, AuditLog audit,
			ApplicationEventPublisher events, FeedbackProperties properties) {
		this.items = items;
		this.access = access;
		this.effects = effects;
		this.steps = steps;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
	}

	FeedbackItem act(String number, FeedbackAction action, ActionInput request, Instant now) {
		Actor actor = access.actor();
		if (!FeedbackAccess.isStaff(actor)) {
			throw BusinessException.forbidden("feedback.action-forbidden");
		}
		FeedbackItem item = access.visible(number, actor);
		if (action == null) {
			throw BusinessException.notFound("feedback.unknown-action", "action");
		}
		if (TransitionTable.actorOf(action) != Transition.Actor.STAFF
				|| !actor.has(TransitionTable.permissionOf(action))) {
			throw BusinessException.forbidden("feedback.action-forbidden");
		}
		if (!mayHandle(actor, item, action)) {
			throw BusinessException.forbidden("feedback.action-forbidden");
		}
		Transition transition = TransitionTable.find(item.state(), action)
			.orElseThrow(() -> BusinessException.conflict("feedback.action-not-allowed", "action"));
		ActionInput input = request == null ? ActionInput.comment(null) : request;
		checkInputs(transition, input);
		return perform(item, transition, input, actor.username(), actor.fullName(), now);
	}

	/** The reporter's own actions, the caller already proven to be the reporter. */
	FeedbackItem reporterAct(FeedbackItem item, FeedbackAction action, ActionInput request, String who, Instant now) {
		if (action == null || TransitionTable.actorOf(action) != Transition.Actor.REPORTER) {
			throw BusinessException.forbidden("feedback.action-forbidden");
		}
		Transition transition = TransitionTable.find(item.state(), action)
			.orElseThrow(() -> BusinessException.conflict("feedback.action-not-allowed", "action"));
		if (action == FeedbackAction.REOPEN && !now.isBefore(reopenUntil(item))) {
			throw BusinessException.conflict("feedback.reopen-window-passed", "action", properties.reopenDays());
		}
		ActionInput input = request == null ? ActionInput.comment(null) : request;
		checkInputs(transition, input);
		return perform(item, transition, input, who, null, now);
	}

	/** A job's action (ESCALATE, CLOSE) on an item it already claimed. */
	FeedbackItem systemAct(FeedbackItem item, FeedbackAction action, Instant now) {
		Transition transition = TransitionTable.find(item.state(), action)
			.filter(t -> t.by() == Transition.Actor.SYSTEM)
			.orElseThrow(() -> BusinessException.conflict("feedback.action-not-allowed", "action"));
		return perform(item, transition, ActionInput.comment(null), "system", null, now);
	}

	private FeedbackItem perform(FeedbackItem item, Transition transition, ActionInput input, String actor,
			String actorName, Instant now) {
		FeedbackAction action = transition.action();
		effects.apply(item, action, input, actor, now);
		item.follow(transition, now);
		FeedbackItem saved = items.save(item);
		steps.append(saved.id(), now, action, transition.from(), transition.to(), actor, actorName,
				saved.agencyCode(), stepComment(action, input), transition.publicNote());
		audit.record(transition.auditAction(), saved.number());
		events.publishEvent(transition.eventFor(saved.number(), saved.agencyCode(), now));
		return saved;
	}

	/** What the step keeps: the comment, the merge target or the stars. */
	private static String stepComment(FeedbackAction action, ActionInput input) {
		String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().trim();
		return switch (action) {
			case MERGE -> input.targetNumber().trim() + (comment == null ? "" : ": " + comment);
			case RATE -> input.stars() + "/5" + (comment == null ? "" : ": " + comment);
			default -> comment;
		};
	}

	/** Officials act on items of agencies they cover; coordinators' actions are not limited by scope. */
	private boolean mayHandle(Actor actor, FeedbackItem item, FeedbackAction action) {
		if (Permissions.FEEDBACK_COORDINATE.equals(TransitionTable.permissionOf(action))) {
			return true;
		}
		return access.covers(item.agencyCode());
	}

	Instant reopenUntil(FeedbackItem item) {
		return item.answeredAt() == null ? Instant.EPOCH
				: item.answeredAt().plus(Duration.ofDays(properties.reopenDays()));
	}

	/** The staff actions the caller could take on the item now, in table order. */
	List<FeedbackAction> available(FeedbackItem item, Actor actor) {
		if (actor == null) {
			return List.of();
		}
		Set<FeedbackAction> actions = new LinkedHashSet<>();
		for (Transition t : TransitionTable.from(item.state())) {
			if (t.by() == Transition.Actor.STAFF && actor.has(t.permission()) && access.canSee(actor, item)
					&& mayHandle(actor, item, t.action())) {
				actions.add(t.action());
			}
		}
		return List.copyOf(actions);
	}

	/** What the reporter may still do now. */
	List<FeedbackAction> reporterActions(FeedbackItem item, Instant now) {
		List<FeedbackAction> actions = new ArrayList<>();
		for (Transition t : TransitionTable.from(item.state())) {
			if (t.by() == Transition.Actor.REPORTER
					&& (t.action() != FeedbackAction.REOPEN || now.isBefore(reopenUntil(item)))) {
				actions.add(t.action());
			}
		}
		return actions;
	}

	private static void checkInputs(Transition transition, ActionInput in) {
		List<BusinessException> errors = new ArrayList<>();
		for (Transition.Input input : transition.inputs()) {
			boolean absent = switch (input) {
				case FIELD -> blank(in.fieldCode());
				case AGENCY -> blank(in.agencyCode());
				case HANDLER -> blank(in.handler());
				case COMMENT -> blank(in.comment());
				case REJECT_REASON -> in.rejectReason() == null;
				case TARGET -> blank(in.targetNumber());
				case STARS -> in.stars() == null;
			};
			if (absent) {
				errors.add(BusinessException.invalid(input.missingCode(), input.field()));
			}
		}
		if (in.comment() != null && in.comment().trim().length() > Steps.MAX_COMMENT) {
			errors.add(BusinessException.invalid("feedback.text-too-long", "comment", Steps.MAX_COMMENT));
		}
		if (transition.action() == FeedbackAction.RATE && in.comment() != null
				&& in.comment().trim().length() > MAX_RATING_COMMENT) {
			errors.add(BusinessException.invalid("feedback.text-too-long", "comment", MAX_RATING_COMMENT));
		}
		if (in.stars() != null && (in.stars() < 1 || in.stars() > 5)) {
			errors.add(BusinessException.invalid("feedback.rating-range", "stars"));
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
