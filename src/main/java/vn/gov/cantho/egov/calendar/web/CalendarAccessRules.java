package vn.gov.cantho.egov.calendar.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.HttpAccessRules;

/**
 * Who may use the calendar's URLs: the list of days off and the deadline arithmetic are public (anyone planning a
 * visit, and the mobile app before login, needs them); entering official decisions needs {@code CALENDAR_MANAGE}.
 */
@Component
class CalendarAccessRules implements HttpAccessRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/lich-nghi").permitAll();
		rules.requestMatchers("/quan-tri/lich-lam-viec", "/quan-tri/lich-lam-viec/**").hasAuthority("CALENDAR_MANAGE");
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/calendar/holidays", "/api/v1/calendar/add-working-days")
			.permitAll();
	}
}
