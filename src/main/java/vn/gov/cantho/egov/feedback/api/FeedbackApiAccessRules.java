package vn.gov.cantho.egov.feedback.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may call the feedback API. Filing, photos, fields, duplicate suggestions for a draft, the public search and the
 * reporter's follow-up are open to anyone; the module decides per item (the reporter's phone, approved photos only).
 * Handling is for coordinators and agency officials, the scope of each item decided by the module (404 outside it).
 * The messaging webhooks under {@code /api/v1/feedback/webhooks} have rules of their own.
 */
@Component
class FeedbackApiAccessRules implements HttpAccessRules {

	static final String[] STAFF = { "FEEDBACK_COORDINATE", "FEEDBACK_HANDLE" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/feedback", "/api/v1/feedback/photos").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/feedback/fields", "/api/v1/feedback/similar",
				"/api/v1/feedback/public", "/api/v1/feedback/public/*", "/api/v1/feedback/*/photos/*").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/feedback/caller-history").hasAuthority("FEEDBACK_INTAKE");
		rules.requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/follow", "/api/v1/feedback/*/reporter-actions/*",
				"/api/v1/feedback/*/remove-name").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/me/feedback").authenticated();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/feedback", "/api/v1/feedback/*", "/api/v1/feedback/*/similar")
			.hasAnyAuthority(STAFF);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/actions/*").hasAnyAuthority(STAFF);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/feedback/*/photos/*/approval").hasAnyAuthority(STAFF);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/stats/feedback").hasAuthority("FEEDBACK_STATS");
	}
}
