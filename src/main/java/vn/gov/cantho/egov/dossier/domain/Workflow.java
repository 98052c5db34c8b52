package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierRated;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Performs workflow actions by the transition table: the caller must see the dossier (404), hold the action's
 * permission (403), find it allowed in the current state (409 {@code dossier.action-not-allowed}) and send the inputs
 * it needs (422). Each change writes a history step, an audit entry {@code dossier.ACTION} and the row's event, in the
 * caller's transaction.
 */
@Component
class Workflow {

	static final int MAX_COMMENT = History.MAX_COMMENT;
	static final int MAX_TRACKING = 50;

	private final DossierRepository dossiers;
	private final DossierAccess access;
	private final ActionEffects effects;
	private final History history;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Workflow(DossierRepository dossiers, DossierAccess access, ActionEffects effects, History history, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.dossiers = dossiers;
		this.access = access;
		this.effects = effects;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Dossier act(String code, DossierAction action, ActionRequest request) {
		Actor actor = access.actor();
		Dossier dossier = access.visible(code, actor);
		if (!actor.has(TransitionTable.permissionOf(action))) {
			throw BusinessException.forbidden("dossier.action-forbidden");
		}
		Transition transition = TransitionTable.find(dossier.state(), action)
			.orElseThrow(() -> BusinessException.conflict("dossier.action-not-allowed", "action"));
		if (transition.ownerOnly() && !actor.username().equals(dossier.owner())) {
			throw BusinessException.forbidden("dossier.not-owner");
		}
		ActionRequest input = request == null ? ActionRequest.none() : request;
		String comment = checkInputs(transition, input);
		Instant now = clock.instant();
		effects.apply(dossier, action, input, actor.username(), now);
		dossier.follow(transition);
		dossiers.save(dossier);
		history.append(dossier.id(), now, action, transition.from(), transition.to(), actor.username(),
				actor.fullName(), comment);
		audit.record("dossier." + action.slug(), dossier.code());
		events.publishEvent(transition.eventFor(dossier.code(), dossier.agencyCode(), now));
		return dossier;
	}

	/** The actions the caller could take on the dossier now, in table order. */
	List<DossierAction> available(Dossier dossier, Actor actor) {
		Instant now = clock.instant();
		Set<DossierAction> actions = new LinkedHashSet<>();
		for (Transition t : TransitionTable.from(dossier.state())) {
			boolean owner = actor.username().equals(dossier.owner());
			if (actor.has(t.permission()) && (!t.ownerOnly() || owner) && effects.applicable(dossier, t.action(), now)) {
				actions.add(t.action());
			}
		}
		return List.copyOf(actions);
	}

	/** The owner rates a returned dossier once. */
	Dossier rate(String code, int stars, String comment) {
		Actor actor = access.actor();
		Dossier dossier = access.visible(code, actor);
		if (!actor.username().equals(dossier.owner())) {
			throw BusinessException.forbidden("dossier.not-owner");
		}
		if (dossier.state() != DossierState.RETURNED) {
			throw BusinessException.conflict("dossier.not-returned", "stars");
		}
		if (dossier.rating() != null) {
			throw BusinessException.conflict("dossier.already-rated", "stars");
		}
		if (stars < 1 || stars > 5) {
			throw BusinessException.invalid("dossier.rating-range", "stars");
		}
		String text = ApplicationRules.trimToNull(comment);
		if (text != null && text.length() > 1000) {
			throw BusinessException.invalid("dossier.text-too-long", "comment", 1000);
		}
		Instant now = clock.instant();
		dossier.rate(stars, text, now);
		dossiers.save(dossier);
		audit.record("dossier.rated", dossier.code());
		events.publishEvent(new DossierRated(dossier.code(), dossier.agencyCode(), stars, now));
		return dossier;
	}

	/** @return the comment to keep, trimmed, or null */
	private static String checkInputs(Transition transition, ActionRequest request) {
		List<BusinessException> errors = new ArrayList<>();
		String comment = ApplicationRules.trimToNull(request.comment());
		if (comment == null && transition.inputs().contains(Transition.Input.COMMENT)) {
			errors.add(BusinessException.invalid(Transition.Input.COMMENT.missingCode(), "comment"));
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			errors.add(BusinessException.invalid("dossier.text-too-long", "comment", MAX_COMMENT));
		}
		for (Transition.Input input : transition.inputs()) {
			missing(input, request).ifPresent(errors::add);
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		return comment;
	}

	private static Optional<BusinessException> missing(Transition.Input input, ActionRequest request) {
		boolean absent = switch (input) {
			case COMMENT -> false;
			case ASSIGNEE -> ApplicationRules.trimToNull(request.assignee()) == null;
			case OUTCOME -> request.outcome() == null;
			case NEW_DUE_DATE -> request.newDueDate() == null;
			case TRACKING_NUMBER -> ApplicationRules.trimToNull(request.trackingNumber()) == null;
			case DOCUMENTS -> request.documents().isEmpty();
		};
		if (absent) {
			return Optional.of(BusinessException.invalid(input.missingCode(), input.field()));
		}
		if (input == Transition.Input.TRACKING_NUMBER && request.trackingNumber().trim().length() > MAX_TRACKING) {
			return Optional.of(BusinessException.invalid("dossier.text-too-long", input.field(), MAX_TRACKING));
		}
		return Optional.empty();
	}
}
