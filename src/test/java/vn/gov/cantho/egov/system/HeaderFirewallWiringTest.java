package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The security filters use the regex-free firewall, and it still refuses control characters in headers. (Parameter
 * values keep accepting anything: the procedure pages' forms with line breaks show it.)
 */
@IntegrationTest
class HeaderFirewallWiringTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterChainProxy filters;

	@Autowired
	HttpFirewall firewall;

	@Test
	void theFiltersUseItAndControlCharactersAreStillRefused() throws Exception {
		// Spring MVC's security configuration wraps the chains' proxy in one of its own: the firewall is on the inner one.
		Object inner = ReflectionTestUtils.getField(filters, "springSecurityFilterChain");
		assertThat(ReflectionTestUtils.getField(inner != null ? inner : filters, "firewall")).isSameAs(firewall);
		// Headers are checked when read: the API chain reads Authorization (HTTP Basic) on every request.
		mvc.perform(get("/api/v1/ping").header("Authorization", "Basic \tbm90IGEgdXNlcg==")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/ping").header("Authorization", "Basic a\u0001b")).andExpect(status().isBadRequest());
	}
}
