package vn.gov.cantho.egov.notification.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/** The notification module has one page, for administrators, and no API yet. */
@Component
class NotificationAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/quan-tri/thong-bao", "/quan-tri/thong-bao/**").hasAuthority("NOTIFICATION_VIEW");
	}
}
