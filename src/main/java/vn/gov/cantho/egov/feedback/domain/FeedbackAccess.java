package vn.gov.cantho.egov.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Who may see which item. Coordinators (FEEDBACK_COORDINATE) see every item. Agency officials (FEEDBACK_HANDLE) see
 * the items of the agencies in their scope once the coordinator has routed them (a new item's agency is only a
 * suggestion). Reporters see their own by account or by number plus phone. Anybody else gets 404
 * {@code feedback.not-found}, as for a number that does not exist, so numbers cannot be probed.
 */
@Component
class FeedbackAccess {

	static final String NOT_FOUND = "feedback.not-found";

	private final CurrentActor actors;
	private final ItemRepository items;
	private final AgencyDirectory agencies;

	FeedbackAccess(CurrentActor actors, ItemRepository items, AgencyDirectory agencies) {
		this.actors = actors;
		this.items = items;
		this.agencies = agencies;
	}

	/** The caller, or empty for anonymous visitors. */
	Optional<Actor> current() {
		return actors.current();
	}

	Actor actor() {
		return actors.current().orElseThrow(() -> BusinessException.forbidden("feedback.login-required"));
	}

	/** The caller, who must hold one of {@code permissions}. */
	Actor actorWith(String... permissions) {
		Actor actor = actor();
		for (String permission : permissions) {
			if (actor.has(permission)) {
				return actor;
			}
		}
		throw BusinessException.forbidden("forbidden");
	}

	static boolean isStaff(Actor actor) {
		return actor.has(Permissions.FEEDBACK_COORDINATE) || actor.has(Permissions.FEEDBACK_HANDLE);
	}

	/** An item the staff caller may see, else 404. */
	FeedbackItem visible(String number, Actor actor) {
		return find(number).filter(item -> canSee(actor, item))
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "number"));
	}

	Optional<FeedbackItem> find(String number) {
		return number == null || number.isBlank() ? Optional.empty() : items.findByNumber(number.trim());
	}

	boolean canSee(Actor actor, FeedbackItem item) {
		if (actor.has(Permissions.FEEDBACK_COORDINATE)) {
			return true;
		}
		return actor.has(Permissions.FEEDBACK_HANDLE) && item.state() != FeedbackState.NEW
				&& item.agencyCode() != null && actors.covers(item.agencyCode());
	}

	/** Whether the caller covers {@code agencyCode} (officials acting within their scope). */
	boolean covers(String agencyCode) {
		return agencyCode != null && actors.covers(agencyCode);
	}

	/**
	 * The item, if the caller proves to be its reporter: the phone given at filing (compared in constant time on its
	 * national form) or being the logged-in account that filed it. Otherwise 404, as for an unknown number.
	 */
	FeedbackItem reporterOf(String number, String phone) {
		Optional<FeedbackItem> item = find(number);
		String given = Contacts.mobile(phone).orElse(null);
		boolean byPhone = item.isPresent() && given != null && item.get().reporterPhone() != null
				&& MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
						item.get().reporterPhone().getBytes(StandardCharsets.US_ASCII));
		boolean byAccount = item.isPresent() && item.get().reporterAccount() != null
				&& current().map(a -> a.username().equals(item.get().reporterAccount())).orElse(false);
		if (!byPhone && !byAccount) {
			throw BusinessException.notFound(NOT_FOUND, "number");
		}
		return item.get();
	}

	/** The agencies whose items the caller may list, or empty for all (coordinators, scope ALL). */
	Optional<Set<String>> agenciesInScope(Actor actor) {
		if (actor.has(Permissions.FEEDBACK_COORDINATE) || actor.scope() == Scope.ALL) {
			return Optional.empty();
		}
		if (actor.scope() == Scope.OWN_AGENCY) {
			return Optional.of(actor.agencyCode() == null ? Set.of() : Set.of(actor.agencyCode()));
		}
		return Optional.of(agencies.agencies()
			.stream()
			.map(AgencyView::code)
			.filter(actors::covers)
			.collect(Collectors.toSet()));
	}
}
