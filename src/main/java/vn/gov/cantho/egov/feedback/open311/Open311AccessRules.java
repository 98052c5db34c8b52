package vn.gov.cantho.egov.feedback.open311;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may use Open311. Every GeoReport v2 method is public at the HTTP level: reading needs no key, and POST
 * /requests checks its api_key form field in the facade (403 in the Open311 error body). Any request under /open311
 * reaches the facade, which serves GET and that POST only and answers anything else (unknown paths, other methods)
 * in the Open311 error format rather than with the security chain's problem details. The key administration page
 * needs FEEDBACK_CONFIGURE.
 */
@Component
class Open311AccessRules implements HttpAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/open311/**").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/quan-tri/open311", "/quan-tri/open311/**").hasAuthority(Permissions.FEEDBACK_CONFIGURE);
	}
}
