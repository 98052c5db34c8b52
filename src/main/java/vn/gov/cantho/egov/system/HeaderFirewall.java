package vn.gov.cantho.egov.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with the same character rules, checked without a regular expression. The default
 * checks every header name and value, and every parameter name, with {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} (tab also
 * allowed in header values), character by character through the regex engine, each time a header is read. A bearer
 * token is about 600 characters and is read several times per request: on the check-in API this validation alone took
 * more CPU than the rest of the request (docs/decisions/0004-header-firewall-without-regex.md). The rule is unchanged:
 * every code point must be assigned and not a control character; printable ASCII is accepted without a lookup.
 */
@Configuration
class HeaderFirewall {

	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderFirewall::assignedNotControl);
		firewall.setAllowedHeaderValues(HeaderFirewall::headerValue);
		firewall.setAllowedParameterNames(HeaderFirewall::assignedNotControl);
		// Parameter values keep the default, which accepts anything (a form's text area holds line breaks).
		return firewall;
	}

	/** The filter chains take the firewall from here, not from the bean alone. */
	@Bean
	WebSecurityCustomizer headerFirewallCustomizer(StrictHttpFirewall httpFirewall) {
		return web -> web.httpFirewall(httpFirewall);
	}

	/** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: header names and parameter names. */
	static boolean assignedNotControl(String text) {
		return allowed(text, false);
	}

	/** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: header values, where a tab may appear. */
	static boolean headerValue(String text) {
		return allowed(text, true);
	}

	private static boolean allowed(String text, boolean tab) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7F) {
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}
}
