package vn.gov.cantho.egov.identity.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.identity.Actor;

/**
 * Decides whether an actor's scope includes an agency. AGENCY_AND_BELOW follows today's map, so after a
 * reorganisation a leader covers the agencies of the units now below his own.
 */
@Component
public class ScopePolicy {

	private final AgencyDirectory agencies;
	private final AdministrativeMap map;

	public ScopePolicy(AgencyDirectory agencies, AdministrativeMap map) {
		this.agencies = agencies;
		this.map = map;
	}

	public boolean covers(Actor actor, String agencyCode, LocalDate today) {
		if (actor == null || agencyCode == null) {
			return false;
		}
		return switch (actor.scope()) {
			case ALL -> true;
			case NONE -> false;
			case OWN_AGENCY -> agencyCode.equals(actor.agencyCode());
			case AGENCY_AND_BELOW -> agencyCode.equals(actor.agencyCode()) || below(agencyCode, actor, today);
		};
	}

	/** The other agency's unit lies strictly below the actor's agency's unit (a sibling on the same unit does not). */
	private boolean below(String agencyCode, Actor actor, LocalDate today) {
		if (actor.agencyCode() == null) {
			return false;
		}
		Optional<String> own = agencies.agency(actor.agencyCode()).map(AgencyView::unitCode);
		Optional<String> other = agencies.agency(agencyCode).map(AgencyView::unitCode);
		if (own.isEmpty() || other.isEmpty() || own.get().equals(other.get())) {
			return false;
		}
		return map.isWithin(other.get(), own.get(), today);
	}
}
