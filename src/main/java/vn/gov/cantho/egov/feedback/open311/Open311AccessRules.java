package vn.gov.cantho.egov.feedback.open311;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may use Open311. Every GeoReport v2 method is public at the HTTP level: reading needs no key, and POST
 * /requests checks its api_key form field in the facade (403 in the Open311 error body). GET, HEAD and POST anywhere
 * under /open311 reach the facade, which answers unknown paths and wrong methods in its own error format; other
 * methods are denied. The key administration page needs FEEDBACK_CONFIGURE.
 */
@Component
class Open311AccessRules implements HttpAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/open311/**").permitAll();
		rules.requestMatchers(HttpMethod.HEAD, "/open311/**").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/open311/**").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/quan-tri/open311", "/quan-tri/open311/**").hasAuthority(Permissions.FEEDBACK_CONFIGURE);
	}
}
