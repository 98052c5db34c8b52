package vn.gov.cantho.egov.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Three filter chains: Open311 is stateless and takes no login at all (its only credential is the api_key form field,
 * checked by the feedback module); other machine endpoints (API, actuator) are stateless with HTTP Basic or a bearer
 * token from an external OpenID Connect provider; pages use a session, form login and CSRF. Each module states its
 * own URL rules ({@link HttpAccessRules}); anything no module claimed is denied.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/dang-nhap";

	/**
	 * GeoReport v2 clients post forms without cookies: neither a session cookie nor HTTP Basic nor a bearer token is
	 * read here, so nothing posted to Open311 is ever made on a logged-in person's behalf, and there is no CSRF to
	 * protect against (the security context is kept only for the request).
	 */
	/**
	 * Spring Security would wrap every filter of every request, and every authentication and authorization, in an
	 * observation: under load that cost more CPU than a dossier submission or a check-in itself. Request timings stay
	 * in http.server.requests; refusals are in the audit log.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(0)
	SecurityFilterChain open311(HttpSecurity http, List<HttpAccessRules> modules,
			ProblemDetailSecurityHandlers problems) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(rules -> {
				modules.forEach(module -> module.api(rules));
				rules.anyRequest().denyAll();
			})
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain machineEndpoints(HttpSecurity http, List<HttpAccessRules> modules,
			ProblemDetailSecurityHandlers problems, ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<Converter<Jwt, ? extends AbstractAuthenticationToken>> jwtConverter, java.time.Clock clock)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
			.authorizeHttpRequests(rules -> {
				rules.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/api/v1/ping").permitAll();
				rules.requestMatchers("/actuator/**").hasAuthority("METRICS_VIEW");
				modules.forEach(module -> module.api(rules));
				rules.anyRequest().denyAll();
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no session is read or written for a machine: no saved request to replay, nothing to log out of
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		JwtDecoder provider = jwtDecoder.getIfAvailable();
		if (provider != null) {
			JwtDecoder decoder = new VerifiedTokenCache(provider, clock);
			http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> {
					jwt.decoder(decoder);
					jwtConverter.ifAvailable(jwt::jwtAuthenticationConverter);
				}));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<HttpAccessRules> modules) throws Exception {
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/swagger-ui.html", "/swagger-ui/**", LOGIN_PAGE)
				.permitAll();
			modules.forEach(module -> module.pages(rules));
			rules.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailureHandler(LOGIN_PAGE))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/?loggedOut").permitAll())
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
								+ "object-src 'none'; frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}
}
