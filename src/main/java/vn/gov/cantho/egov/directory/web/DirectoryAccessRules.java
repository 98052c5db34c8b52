package vn.gov.cantho.egov.directory.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may use the directory's URLs. Reading the map, agencies and fields needs {@code DIRECTORY_READ}, which every
 * role has; each kind of change has its own permission.
 */
@Component
class DirectoryAccessRules implements HttpAccessRules {

	static final String READ = "DIRECTORY_READ";
	static final String UNIT_MANAGE = "UNIT_MANAGE";
	static final String AGENCY_MANAGE = "AGENCY_MANAGE";
	static final String FIELD_MANAGE = "FIELD_MANAGE";

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/quan-tri/don-vi", "/quan-tri/don-vi/**").hasAuthority(UNIT_MANAGE);
		rules.requestMatchers("/quan-tri/co-quan", "/quan-tri/co-quan/**").hasAuthority(AGENCY_MANAGE);
		rules.requestMatchers("/quan-tri/linh-vuc", "/quan-tri/linh-vuc/**").hasAuthority(FIELD_MANAGE);
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/admin-units", "/api/v1/admin-units/*", "/api/v1/agencies",
				"/api/v1/agencies/*", "/api/v1/fields", "/api/v1/fields/*", "/api/v1/reorganisations")
			.hasAuthority(READ);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/reorganisations").hasAuthority(UNIT_MANAGE);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/agencies").hasAuthority(AGENCY_MANAGE);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/agencies/*").hasAuthority(AGENCY_MANAGE);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/fields").hasAuthority(FIELD_MANAGE);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/fields/*").hasAuthority(FIELD_MANAGE);
	}
}
