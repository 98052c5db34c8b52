package vn.gov.cantho.egov.identity.web;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.identity.domain.AccountQueries;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The officials of an agency: for account administrators, and for leaders whose scope covers the agency. Contact
 * details are left out; a leader needs to know who works there and in which role.
 */
@RestController
class AgencyOfficialsApi {

	private final AgencyDirectory agencies;
	private final AccountQueries queries;
	private final CurrentActor actors;

	AgencyOfficialsApi(AgencyDirectory agencies, AccountQueries queries, CurrentActor actors) {
		this.agencies = agencies;
		this.queries = queries;
		this.actors = actors;
	}

	@GetMapping("/api/v1/agencies/{code}/officials")
	@PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE', 'ACCOUNT_VIEW_AGENCY')")
	List<Official> officials(@PathVariable String code) {
		if (agencies.agency(code).isEmpty()) {
			throw BusinessException.notFound("identity.unknown-agency", "code");
		}
		boolean administrator = actors.current().map(a -> a.has(Permissions.ACCOUNT_MANAGE)).orElse(false);
		if (!administrator) {
			actors.checkCovers(code);
		}
		return queries.officials(code).stream().map(Official::of).toList();
	}

	/** An official as a leader sees him in the list. */
	record Official(String username, String fullName, String agencyCode, Set<String> roles, boolean locked) {

		static Official of(AccountView view) {
			return new Official(view.username(), view.fullName(), view.agencyCode(), view.roles(), view.locked());
		}
	}
}
