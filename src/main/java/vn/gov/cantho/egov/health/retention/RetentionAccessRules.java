package vn.gov.cantho.egov.health.retention;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/** The page of what personal data is held and until when: health officers, leaders and administrators (HEALTH_STATS). */
@Component
class RetentionAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/y-te/du-lieu-luu-giu").hasAuthority(Permissions.HEALTH_STATS);
	}
}
