package vn.gov.cantho.egov.dossier.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may call the dossier API. The status lookup by code and phone is public. Reading a dossier, its files and
 * acting on it is open to citizens and one-stop officials alike at this level; which dossier and which action is
 * decided per dossier by the module (owner, agency scope, transition table), answering 404, 403 or 409.
 */
@Component
class DossierApiAccessRules implements HttpAccessRules {

	static final String[] DOSSIER_USERS = { "DOSSIER_SUBMIT", "DOSSIER_VIEW_AGENCY" };
	static final String[] ACTORS = { "DOSSIER_SUBMIT", "DOSSIER_RECEIVE", "DOSSIER_PROCESS", "DOSSIER_APPROVE",
			"DOSSIER_RETURN", "DOSSIER_APOLOGISE" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*/status").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/uploads").hasAnyAuthority("DOSSIER_SUBMIT", "DOSSIER_RECEIVE");
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers/counter").hasAuthority("DOSSIER_RECEIVE");
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasAuthority("DOSSIER_SUBMIT");
		rules.requestMatchers(HttpMethod.GET, "/api/v1/dossiers").hasAuthority("DOSSIER_VIEW_AGENCY");
		rules.requestMatchers(HttpMethod.GET, "/api/v1/me/dossiers").hasAuthority("DOSSIER_SUBMIT");
		rules.requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*", "/api/v1/dossiers/*/files/*")
			.hasAnyAuthority(DOSSIER_USERS);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/actions/*").hasAnyAuthority(ACTORS);
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/rating").hasAuthority("DOSSIER_SUBMIT");
		rules.requestMatchers(HttpMethod.GET, "/api/v1/stats/dossiers").hasAuthority("DOSSIER_STATS");
	}
}
