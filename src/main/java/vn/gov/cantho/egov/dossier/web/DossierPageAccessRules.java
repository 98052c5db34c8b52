package vn.gov.cantho.egov.dossier.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may open the dossier pages. The public lookup is open to everyone (it shows nothing personal); a citizen's own
 * pages need {@code DOSSIER_SUBMIT}; the one-stop pages need {@code DOSSIER_VIEW_AGENCY}, except counter registration
 * (reception officers) and the figures (leaders and administrators). The more specific rules come first.
 */
@Component
class DossierPageAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/tra-cuu").permitAll();
		rules.requestMatchers("/ho-so", "/ho-so/**").hasAuthority(Permissions.DOSSIER_SUBMIT);
		rules.requestMatchers("/mot-cua/so-lieu").hasAuthority(Permissions.DOSSIER_STATS);
		rules.requestMatchers("/mot-cua/dang-ky", "/mot-cua/dang-ky/**").hasAuthority(Permissions.DOSSIER_RECEIVE);
		rules.requestMatchers("/mot-cua", "/mot-cua/**").hasAuthority(Permissions.DOSSIER_VIEW_AGENCY);
	}
}
