package vn.gov.cantho.egov.health.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may call the intake API. Check-ins and check-outs: citizens (their own self scans) and checkpoint staff; which
 * source each may use is decided by the module (a citizen cannot record a staff scan). Device batches go to the same
 * URL and are refused by the module without HEALTH_CHECK_IN_STAFF. Venues: owners and venue managers. Declarations
 * and one's own code: HEALTH_DECLARE. Lookup by ID number: checkpoint staff. Keys: venue managers.
 */
@Component
class HealthIntakeApiAccessRules implements HttpAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/health/check-ins", "/api/v1/health/check-ins/*/check-out")
			.hasAnyAuthority(Permissions.HEALTH_DECLARE, Permissions.HEALTH_CHECK_IN_STAFF);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/health/venues", "/api/v1/health/venues/*/close")
			.hasAnyAuthority(Permissions.HEALTH_VENUE_REGISTER, Permissions.HEALTH_VENUE_MANAGE);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/health/venues", "/api/v1/health/venues/*")
			.hasAnyAuthority(Permissions.HEALTH_VENUE_REGISTER, Permissions.HEALTH_VENUE_MANAGE);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/health/declarations").hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/health/codes/me").hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/health/codes/lookup")
			.hasAuthority(Permissions.HEALTH_CHECK_IN_STAFF);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/health/codes/keys/*/rotate", "/api/v1/health/codes/keys/*/*/retire")
			.hasAuthority(Permissions.HEALTH_VENUE_MANAGE);
	}
}
