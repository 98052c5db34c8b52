package vn.gov.cantho.egov.feedback.webhook;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * The messaging platforms call the webhooks without a login: they are open at the HTTP level, and each request proves
 * where it comes from by its signature, checked in code before anything is stored. Ordered first, so that a broader
 * rule for the feedback API cannot claim these two URLs before this one does. The machine chain they belong to is
 * stateless and without CSRF tokens (see system SecurityConfiguration), which suits callers that are not browsers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackWebhookAccessRules implements HttpAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, ZaloWebhook.PATH).permitAll();
		rules.requestMatchers(HttpMethod.GET, FacebookWebhook.PATH).permitAll();
		rules.requestMatchers(HttpMethod.POST, FacebookWebhook.PATH).permitAll();
	}
}
