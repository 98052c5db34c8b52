package vn.gov.cantho.egov.procedure.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may use the catalogue's URLs. Anyone, signed in or not, may search and read procedures (pages and API);
 * maintaining the catalogue needs {@code PROCEDURE_MANAGE}.
 */
@Component
class ProcedureAccessRules implements HttpAccessRules {

	static final String MANAGE = "PROCEDURE_MANAGE";

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/thu-tuc", "/thu-tuc/*").permitAll();
		rules.requestMatchers("/quan-tri/thu-tuc", "/quan-tri/thu-tuc/**").hasAuthority(MANAGE);
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/*").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/procedures", "/api/v1/procedures/*/activate",
				"/api/v1/procedures/*/deactivate")
			.hasAuthority(MANAGE);
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/procedures/*").hasAuthority(MANAGE);
	}
}
