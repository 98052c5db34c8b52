package vn.gov.cantho.egov.dossier.domain;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Who may see which dossier: its owner, and officials allowed to see dossiers whose scope covers its agency. Anybody
 * else gets 404 {@code dossier.not-found}, exactly as for a code that does not exist, so codes cannot be probed.
 */
@Component
class DossierAccess {

	static final String NOT_FOUND = "dossier.not-found";

	private final CurrentActor actors;
	private final DossierRepository dossiers;
	private final AgencyDirectory agencies;

	DossierAccess(CurrentActor actors, DossierRepository dossiers, AgencyDirectory agencies) {
		this.actors = actors;
		this.dossiers = dossiers;
		this.agencies = agencies;
	}

	/** The caller; operations on dossiers need a local account. */
	Actor actor() {
		return actors.current().orElseThrow(() -> BusinessException.forbidden("dossier.login-required"));
	}

	/** The caller, who must hold {@code permission}. */
	Actor actorWith(String permission) {
		Actor actor = actor();
		if (!actor.has(permission)) {
			throw BusinessException.forbidden("forbidden");
		}
		return actor;
	}

	/** @throws BusinessException 403 {@code identity.other-agency} when the caller's scope lacks the agency */
	void checkCovers(String agencyCode) {
		actors.checkCovers(agencyCode);
	}

	Dossier visible(String code, Actor actor) {
		return dossiers.findByCode(code == null ? "" : code.trim())
			.filter(d -> canSee(actor, d))
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "code"));
	}

	boolean canSee(Actor actor, Dossier dossier) {
		if (dossier.owner() != null && dossier.owner().equals(actor.username())) {
			return true;
		}
		return actor.has(Permissions.DOSSIER_VIEW_AGENCY) && actors.covers(dossier.agencyCode());
	}

	/**
	 * The agencies whose dossiers the caller may list, or empty for every agency (scope ALL). With {@code agencyCode}
	 * only that one, which must be covered (403 otherwise).
	 */
	Optional<Set<String>> agenciesInScope(Actor actor, String agencyCode) {
		if (agencyCode != null && !agencyCode.isBlank()) {
			actors.checkCovers(agencyCode.trim());
			return Optional.of(Set.of(agencyCode.trim()));
		}
		if (actor.scope() == Scope.ALL) {
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
