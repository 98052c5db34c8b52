package vn.gov.cantho.egov.health.figures;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/** The outbreak figures, page and API: health officers, leaders and administrators (HEALTH_STATS). */
@Component
class HealthFiguresAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/y-te/so-lieu").hasAuthority(Permissions.HEALTH_STATS);
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/stats/health").hasAuthority(Permissions.HEALTH_STATS);
	}
}
