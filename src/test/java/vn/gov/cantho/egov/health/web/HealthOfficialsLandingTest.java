package vn.gov.cantho.egov.health.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The officials' landing shows each role the links its permissions open and no other; the header and the home page
 * link to it for health roles only, and the home page offers citizens the declaration.
 */
@IntegrationTest
class HealthOfficialsLandingTest {

	static final Pattern LINK = Pattern.compile("id=\"link-([a-z]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@CsvSource({ "health, venues checkpoint cases tests figures retention", "checkpoint, checkpoint",
			"leader, figures retention", "admin, venues figures retention" })
	void eachRoleSeesTheLinksItsPermissionsOpen(String username, String expected) throws Exception {
		String page = mvc.perform(get("/y-te").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = new ArrayList<>();
		Matcher found = LINK.matcher(page);
		while (found.find()) {
			links.add(found.group(1));
		}
		assertThat(links).containsExactly(expected.split(" "));
		assertThat(page).contains("id=\"nav-health\"");
	}

	@Test
	void citizensAndVisitorsDoNotGetTheLanding() throws Exception {
		mvc.perform(get("/y-te").with(user(users.loadUserByUsername("citizen")))).andExpect(status().isForbidden());
		mvc.perform(get("/y-te").with(user(users.loadUserByUsername("officer")))).andExpect(status().isForbidden());
		mvc.perform(get("/y-te")).andExpect(redirectedUrl("/dang-nhap"));
	}

	@Test
	void theHomePageLinksTheDeclarationForEveryoneAndTheLandingForHealthRoles() throws Exception {
		String anonymous = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(anonymous).contains("id=\"home-health-declare\"").doesNotContain("id=\"nav-health\"",
				"id=\"home-health-officials\"");
		String citizen = mvc.perform(get("/").with(user(users.loadUserByUsername("citizen"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(citizen).contains("id=\"home-health-personal\"").doesNotContain("id=\"nav-health\"");
		String health = mvc.perform(get("/").with(user(users.loadUserByUsername("health"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(health).contains("id=\"nav-health\"", "id=\"home-health-officials\"");
		String english = mvc.perform(get("/y-te").param("lang", "en").with(user(users.loadUserByUsername("health"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Health and outbreak response", "Cases and tracing");
	}
}
