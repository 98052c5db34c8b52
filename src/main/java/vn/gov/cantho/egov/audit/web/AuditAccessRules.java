package vn.gov.cantho.egov.audit.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * The audit log is read-only over HTTP: only GET is claimed, so any other method on these URLs falls to the
 * system's deny-all rule.
 */
@Component
class AuditAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/quan-tri/nhat-ky").hasAuthority("AUDIT_VIEW");
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/audit-entries").hasAuthority("AUDIT_VIEW");
	}
}
