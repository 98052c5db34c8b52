package vn.gov.cantho.egov.feedback.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may open the feedback pages. The public page, an answered item, the filing form and the follow-up by number and
 * phone are open to everyone (the feedback module hides the reporter and checks the phone); photos are open here and
 * checked by the module (approved photos of public items for anyone, all of them for staff in scope and the
 * reporter). One's own items need a login; the 1022 console needs FEEDBACK_INTAKE, the figures FEEDBACK_STATS and
 * the work queue FEEDBACK_COORDINATE or FEEDBACK_HANDLE. The more specific rules come first.
 */
@Component
class FeedbackPageAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/feedback/**").permitAll();
		rules.requestMatchers("/phan-anh/cua-toi").authenticated();
		rules.requestMatchers("/phan-anh", "/phan-anh/gui", "/phan-anh/gui/**", "/phan-anh/theo-doi",
				"/phan-anh/theo-doi/**", "/phan-anh/ban-do/**", "/phan-anh/*", "/phan-anh/*/anh/*")
			.permitAll();
		rules.requestMatchers("/1022/tong-dai", "/1022/tong-dai/**").hasAuthority(Permissions.FEEDBACK_INTAKE);
		rules.requestMatchers("/1022/so-lieu").hasAuthority(Permissions.FEEDBACK_STATS);
		rules.requestMatchers("/1022", "/1022/**")
			.hasAnyAuthority(Permissions.FEEDBACK_COORDINATE, Permissions.FEEDBACK_HANDLE);
	}
}
