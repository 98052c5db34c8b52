package vn.gov.cantho.egov.health.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may open the outbreak pages. A venue's code page is open to everyone so that a forged or expired code is
 * explained before any login, and an anonymous visitor of a good code is sent to log in and brought back; checking in
 * and out from it needs HEALTH_DECLARE. Venues need HEALTH_VENUE_REGISTER (one's own) or HEALTH_VENUE_MANAGE (all),
 * the declaration and personal code HEALTH_DECLARE, the checkpoint HEALTH_CHECK_IN_STAFF, and the officials' landing
 * any official health permission. Only {@code /y-te} itself is claimed here: the pages below it belong to the other
 * parts of the module.
 */
@Component
class HealthWebAccessRules implements HttpAccessRules {

	static final String[] OFFICIAL = { Permissions.HEALTH_VENUE_MANAGE, Permissions.HEALTH_CHECK_IN_STAFF,
			Permissions.HEALTH_TRACE, Permissions.HEALTH_TEST_MANAGE, Permissions.HEALTH_STATS };

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/c/*").permitAll();
		rules.requestMatchers("/c/*/**").hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers("/dia-diem", "/dia-diem/**")
			.hasAnyAuthority(Permissions.HEALTH_VENUE_REGISTER, Permissions.HEALTH_VENUE_MANAGE);
		rules.requestMatchers("/khai-bao-y-te", "/khai-bao-y-te/**").hasAuthority(Permissions.HEALTH_DECLARE);
		rules.requestMatchers("/chot-kiem-soat", "/chot-kiem-soat/**").hasAuthority(Permissions.HEALTH_CHECK_IN_STAFF);
		rules.requestMatchers(HttpMethod.GET, "/y-te").hasAnyAuthority(OFFICIAL);
	}
}
