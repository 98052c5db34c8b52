package vn.gov.cantho.egov.health.testing.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may open the test pages. The result lookup is open to anyone (code and date of birth decide); sites, sampling
 * and results are for HEALTH_TEST_MANAGE (opening a case from a result also needs HEALTH_TRACE, checked by the
 * module); registering and one's own registrations are HEALTH_DECLARE. The more specific rules come first.
 */
@Component
class TestingPageAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/xet-nghiem/tra-cuu").permitAll();
		rules.requestMatchers("/xet-nghiem/diem", "/xet-nghiem/diem/**", "/xet-nghiem/lay-mau",
				"/xet-nghiem/lay-mau/**", "/xet-nghiem/ket-qua", "/xet-nghiem/ket-qua/**")
			.hasAuthority(Permissions.HEALTH_TEST_MANAGE);
		rules.requestMatchers("/xet-nghiem", "/xet-nghiem/dang-ky", "/xet-nghiem/*/huy")
			.hasAuthority(Permissions.HEALTH_DECLARE);
	}
}
