package vn.gov.cantho.egov.identity.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Every URL of the identity module with the authority it needs. The login page is claimed by the system chain; the
 * controllers repeat these checks with {@code @PreAuthorize}.
 */
@Component
class IdentityAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/dang-nhap", "/dang-ky").permitAll();
		rules.requestMatchers("/tai-khoan", "/tai-khoan/mat-khau").hasAuthority("ACCOUNT_SELF");
		rules.requestMatchers("/quan-tri").hasAuthority("ADMIN_CONSOLE");
		rules.requestMatchers("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/**").hasAuthority("ACCOUNT_MANAGE");
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/me").hasAuthority("ACCOUNT_SELF");
		rules.requestMatchers(HttpMethod.POST, "/api/v1/accounts/citizens").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/agencies/*/officials")
			.hasAnyAuthority("ACCOUNT_MANAGE", "ACCOUNT_VIEW_AGENCY");
	}
}
