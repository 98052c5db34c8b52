package vn.gov.cantho.egov.shared;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's explicit access rules for its URLs. The system module collects every bean of this type into the
 * security filter chains and denies whatever no module claimed, so every endpoint has a written rule.
 */
public interface HttpAccessRules {

	/** Rules for pages (session login, CSRF). */
	default void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for {@code /api/**} and other machine endpoints (HTTP Basic or bearer token, no session). */
	default void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
	}
}
