package vn.gov.cantho.egov.health.testing.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may call the tests API. Sites and their slots are public, and so is the result lookup (the code and the date of
 * birth decide, flood-limited). Registering, listing and cancelling one's own registrations is HEALTH_DECLARE;
 * managing sites, sampling, results and staff reads are HEALTH_TEST_MANAGE; opening a case from a positive result is
 * HEALTH_TRACE. The more specific rules come first.
 */
@Component
class TestingApiAccessRules implements HttpAccessRules {

	static final String BASE = "/api/v1/health/tests";

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, BASE + "/sites", BASE + "/sites/*/slots").permitAll();
		rules.requestMatchers(HttpMethod.POST, BASE + "/lookup").permitAll();
		rules.requestMatchers(HttpMethod.POST, BASE + "/sites", BASE + "/sites/*/slots")
			.hasAuthority(Permissions.HEALTH_TEST_MANAGE);
		rules.requestMatchers(HttpMethod.GET, BASE + "/registrations/mine").hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers(HttpMethod.POST, BASE + "/registrations", BASE + "/registrations/*/cancel")
			.hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers(HttpMethod.POST, BASE + "/registrations/*/case").hasAuthority(Permissions.HEALTH_TRACE);
		rules.requestMatchers(HttpMethod.GET, BASE + "/registrations/*").hasAuthority(Permissions.HEALTH_TEST_MANAGE);
		rules.requestMatchers(HttpMethod.POST, BASE + "/scans", BASE + "/samples", BASE + "/walk-ins",
				BASE + "/results", BASE + "/results/corrections").hasAuthority(Permissions.HEALTH_TEST_MANAGE);
	}
}
