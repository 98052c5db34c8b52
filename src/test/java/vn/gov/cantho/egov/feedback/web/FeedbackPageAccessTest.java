package vn.gov.cantho.egov.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackManagement;

/**
 * Who may open which feedback page: the public pages for everyone, each staff page for its permission only, and an
 * item of one agency for nobody of another (404, so numbers cannot be probed). The header links follow the same rules.
 */
@IntegrationTest
class FeedbackPageAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	UserDetailsService users;

	@Autowired
	FeedbackMap map;

	FeedbackFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new FeedbackFixtures(feedback, users);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/phan-anh", "/phan-anh/gui", "/phan-anh/theo-doi", "/phan-anh/ban-do/ranh-gioi.geojson",
			"/feedback/map.js", "/feedback/feedback.css", "/webjars/leaflet/dist/leaflet.js" })
	void publicPagesAndTheirFilesAreOpenToEveryone(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/1022", "/1022/tong-dai", "/1022/so-lieu", "/1022/phan-anh/PA-1", "/phan-anh/cua-toi" })
	void staffPagesAndOnesOwnItemsNeedALogin(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
	}

	@ParameterizedTest
	@CsvSource({ "citizen, /1022, 403", "citizen, /1022/tong-dai, 403", "citizen, /1022/so-lieu, 403",
			"citizen, /phan-anh/cua-toi, 200", "operator, /1022, 200", "operator, /1022/tong-dai, 200",
			"operator, /1022/so-lieu, 200", "specialist.caikhe, /1022, 200", "specialist.caikhe, /1022/tong-dai, 403",
			"specialist.caikhe, /1022/so-lieu, 403", "officer.caikhe, /1022/tong-dai, 200",
			"leader.caikhe, /1022/so-lieu, 200", "admin, /1022/so-lieu, 200", "admin, /1022, 403",
			"admin, /1022/tong-dai, 403", "health, /1022, 403" })
	void eachStaffPageNeedsItsPermission(String username, String path, int expected) throws Exception {
		mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().is(expected));
	}

	@Test
	void anOfficialOfAnotherAgencyNeitherSeesNorActsOnTheItem() throws Exception {
		String number = fixtures.file(FeedbackFixtures.word() + " rác thải", "Rác thải ven kênh.", FeedbackFixtures.phone(),
				true);
		fixtures.assign(number);
		mvc.perform(get("/1022/phan-anh/" + number).with(user(users.loadUserByUsername("specialist"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/1022/phan-anh/" + number + "/resolve").param("comment", "Đã xử lý")
			.with(user(users.loadUserByUsername("specialist")))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/1022/phan-anh/" + number).with(user(users.loadUserByUsername("specialist.caikhe"))))
			.andExpect(status().isOk());
		assertThat(fixtures.as("operator", () -> feedback.item(number)).state().name()).isEqualTo("ASSIGNED");
	}

	@Test
	void formsArePostedWithTheCsrfToken() throws Exception {
		mvc.perform(post("/phan-anh/gui").param("title", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/phan-anh/theo-doi").param("number", "PA-1").param("phone", "0901234567"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHeaderLinksThePublicPagesForEveryoneAndTheQueueForStaff() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("id=\"nav-feedback\""),
					containsString("id=\"nav-feedback-file\""), not(containsString("id=\"nav-feedback-queue\"")))));
		mvc.perform(get("/").with(user(users.loadUserByUsername("operator"))))
			.andExpect(content().string(containsString("id=\"nav-feedback-queue\"")));
		mvc.perform(get("/").with(user(users.loadUserByUsername("admin"))))
			.andExpect(content().string(allOf(containsString("id=\"nav-feedback-figures\""),
					not(containsString("id=\"nav-feedback-queue\"")))));
	}

	/** The map pages allow images from the tile server and nothing else beyond the site's own policy. */
	@Test
	void onlyMapPagesWidenTheContentSecurityPolicyAndOnlyForTiles() throws Exception {
		String site = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(site).isEqualTo(FeedbackMap.BASE_POLICY);
		mvc.perform(get("/phan-anh/gui")).andExpect(header().string("Content-Security-Policy", map.policy()));
		assertThat(map.policy()).isEqualTo(site.replace("img-src 'self' data: blob:;",
				"img-src 'self' data: blob: http://127.0.0.1:9;"));
		mvc.perform(get("/phan-anh")).andExpect(header().string("Content-Security-Policy", FeedbackMap.BASE_POLICY));
	}
}
