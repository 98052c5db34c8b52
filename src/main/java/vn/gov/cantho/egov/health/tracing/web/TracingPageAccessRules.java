package vn.gov.cantho.egov.health.tracing.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.tracing.RecordedTraceAccess;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/** The case pages: HEALTH_TRACE only, every refusal of a logged-in caller recorded (who, what, when). */
@Component
class TracingPageAccessRules implements HttpAccessRules {

	private final RecordedTraceAccess access;

	TracingPageAccessRules(RecordedTraceAccess access) {
		this.access = access;
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/y-te/ca-benh", "/y-te/ca-benh/**").access(access);
	}
}
