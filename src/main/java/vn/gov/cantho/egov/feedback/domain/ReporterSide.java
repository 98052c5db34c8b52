package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackManagement.StoredPhoto;
import vn.gov.cantho.egov.feedback.FollowedFeedback;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What the reporter does with an item, proven by the phone given at filing or by the account that filed it: follow
 * it, reopen or rate the answer, have the name removed; and who may fetch a photo's bytes.
 */
@Component
class ReporterSide {

	private final FeedbackAccess access;
	private final FeedbackWorkflow workflow;
	private final ItemViews views;
	private final PhotoStore photos;
	private final ItemRepository items;
	private final AuditLog audit;
	private final Clock clock;

	ReporterSide(FeedbackAccess access, FeedbackWorkflow workflow, ItemViews views, PhotoStore photos, ItemRepository items,
			AuditLog audit, Clock clock) {
		this.access = access;
		this.workflow = workflow;
		this.views = views;
		this.photos = photos;
		this.items = items;
		this.audit = audit;
		this.clock = clock;
	}

	FollowedFeedback follow(String number, String phone) {
		return followed(access.reporterOf(number, phone), clock.instant());
	}

	FollowedFeedback act(String number, String phone, FeedbackAction action, ActionInput input, Instant now) {
		FeedbackItem item = access.reporterOf(number, phone);
		return followed(workflow.reporterAct(item, action, input, "reporter", now), now);
	}

	/** The name is erased for good; the phone and e-mail stay so that the answer can still reach the reporter. */
	FollowedFeedback removeName(String number, String phone, Instant now) {
		FeedbackItem item = access.reporterOf(number, phone);
		if (item.nameRemovedAt() == null) {
			item.removeName(now);
			item = items.save(item);
			audit.record("feedback.item.name-removed", item.number());
		}
		return followed(item, now);
	}

	/**
	 * Approved photos of public answered items for anyone; every photo for staff who see the item and for the
	 * logged-in account that filed it. Otherwise 404, as for a photo that does not exist.
	 */
	StoredPhoto photo(String number, String photoId) {
		FeedbackItem item = access.find(number)
			.orElseThrow(() -> BusinessException.notFound("feedback.photo-not-found", "photoId"));
		Actor actor = access.current().orElse(null);
		boolean all = actor != null && (access.canSee(actor, item) || actor.username().equals(item.reporterAccount()));
		boolean published = item.publicAllowed() && item.state().answered();
		if (!all && !published) {
			throw BusinessException.notFound("feedback.photo-not-found", "photoId");
		}
		return photos.content(item.id(), photoId == null ? "" : photoId, !all)
			.orElseThrow(() -> BusinessException.notFound("feedback.photo-not-found", "photoId"));
	}

	private FollowedFeedback followed(FeedbackItem item, Instant now) {
		Instant reopenUntil = item.answeredAt() == null ? null : workflow.reopenUntil(item);
		return new FollowedFeedback(views.open(item), workflow.reporterActions(item, now), reopenUntil, item.rating(),
				item.nameRemovedAt() != null);
	}
}
