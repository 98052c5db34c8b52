package vn.gov.cantho.egov.health.tracing.api;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.tracing.RecordedTraceAccess;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/** Cases and contacts: HEALTH_TRACE only, every refusal of a logged-in caller recorded. */
@Component
class TracingApiAccessRules implements HttpAccessRules {

	private final RecordedTraceAccess access;

	TracingApiAccessRules(RecordedTraceAccess access) {
		this.access = access;
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/health/cases", "/api/v1/health/cases/**").access(access);
	}
}
