package vn.gov.cantho.egov.health.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * The page a scanned poster opens: a forged or altered code is refused with a translated page before any login; an
 * anonymous visitor logs in and comes back; a citizen checks in and out, and a repeated tap changes nothing.
 */
@IntegrationTest
class HealthVenueCodePagesTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CurrentActor current;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	HealthCodes codes;

	@Autowired
	MessageSource messages;

	HealthWebFixtures fixtures;
	VenueView venue;
	String path;

	@BeforeEach
	void venue() {
		fixtures = new HealthWebFixtures(users, current, venues, people);
		venue = fixtures.venue("health", VenueType.RESTAURANT);
		String qr = codes.venueQr(venue.code());
		path = qr.substring(qr.indexOf("/c/"));
	}

	@Test
	void aForgedOrAlteredCodeGetsATranslatedRefusalForAnyone() throws Exception {
		String token = path.substring(3);
		char last = token.charAt(token.length() - 1);
		String forged = "/c/" + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		String forgedMessage = messages.getMessage("error." + HealthCodeRefused.FORGED, null, VI);
		mvc.perform(get(forged))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(forgedMessage)));
		mvc.perform(get(forged).with(user(fixtures.user("citizen"))))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(allOf(containsString(forgedMessage), not(containsString("id=\"check-in\"")))));
		mvc.perform(get("/c/{token}", "V1.<b>x<.b>")).andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("<b>x"))));
		mvc.perform(get(forged).param("lang", "en"))
			.andExpect(content().string(containsString(messages.getMessage("error." + HealthCodeRefused.FORGED, null,
					Locale.ENGLISH))));
	}

	@Test
	void anAnonymousVisitorLogsInAndComesBack() throws Exception {
		Visitor visitor = new Visitor(mvc);
		visitor.perform(get(path)).andExpect(redirectedUrl("/dang-nhap"));
		String back = visitor.perform(post("/dang-nhap").param("username", "citizen")
			.param("password", "demo1234")
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).contains(path);
	}

	@Test
	void aCitizenChecksInOnceHoweverOftenTheButtonIsPressedAndChecksOut() throws Exception {
		fixtures.declare();
		Visitor citizen = new Visitor(mvc, fixtures.user("citizen"));
		citizen.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(venue.name()), containsString("id=\"check-in\""),
					containsString("name=\"key\""))));
		String key = UUID.randomUUID().toString();
		String confirmation = path + "/xac-nhan?k=" + key;
		citizen.perform(post(path + "/vao").param("key", key).with(csrf())).andExpect(redirectedUrl(confirmation));
		String first = citizen.perform(get(confirmation))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"checked-in-at\""), containsString("id=\"check-out\""),
					containsString(venue.name()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		citizen.perform(post(path + "/vao").param("key", key).with(csrf())).andExpect(redirectedUrl(confirmation));
		assertThat(shown(citizen.perform(get(confirmation)).andReturn().getResponse().getContentAsString()))
			.isEqualTo(shown(first));
		citizen.perform(get(path)).andExpect(content().string(containsString("id=\"code-open\"")));

		citizen.perform(post(path + "/ra").param("key", key).with(csrf())).andExpect(redirectedUrl(confirmation));
		String out = citizen.perform(get(confirmation))
			.andExpect(content().string(allOf(containsString("id=\"checked-out-at\""),
					not(containsString("id=\"check-out\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		citizen.perform(post(path + "/ra").param("key", key).with(csrf())).andExpect(redirectedUrl(confirmation));
		assertThat(shown(citizen.perform(get(confirmation)).andReturn().getResponse().getContentAsString()))
			.isEqualTo(shown(out));
		assertThat(out).doesNotContain(HealthWebFixtures.CITIZEN_ID_NUMBER, HealthWebFixtures.CITIZEN_PHONE);
	}

	@Test
	void aCitizenWhoNeverDeclaredDeclaresFirstAndComesBackToCheckIn() throws Exception {
		String username = "kt" + HealthWebFixtures.word().substring(7);
		mvc.perform(post("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": "Phạm Thị Lan", "idNumber": "%s", "phone": "%s", "username": "%s",
					 "password": "Kiem-thu-2026!"}""".formatted(HealthWebFixtures.idNumber(), HealthWebFixtures.phone(),
					username)))
			.andExpect(status().isCreated());
		Visitor newcomer = new Visitor(mvc, fixtures.user(username));
		String key = UUID.randomUUID().toString();
		newcomer.perform(post(path + "/vao").param("key", key).with(csrf()))
			.andExpect(redirectedUrl("/khai-bao-y-te?tiep=" + path));
		newcomer.perform(post("/khai-bao-y-te").param("contactWithCase", "no")
			.param("consent", "true")
			.param("next", path)
			.with(csrf())).andExpect(redirectedUrl(path));
		newcomer.perform(post(path + "/vao").param("key", key).with(csrf()))
			.andExpect(redirectedUrl(path + "/xac-nhan?k=" + key));
		newcomer.perform(get(path + "/xac-nhan").param("k", key))
			.andExpect(content().string(containsString("id=\"checked-in-at\"")));
	}

	@Test
	void checkingInIsACitizensPostWithTheCsrfToken() throws Exception {
		mvc.perform(post(path + "/vao").param("key", UUID.randomUUID().toString()).with(user(fixtures.user("citizen"))))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/vao").param("key", UUID.randomUUID().toString())
			.with(user(fixtures.user("health")))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(path).with(user(fixtures.user("health"))))
			.andExpect(content().string(allOf(containsString("id=\"code-not-citizen\""),
					not(containsString("id=\"check-in\"")))));
	}

	/** What the confirmation says (the result block), without the per-request CSRF tokens around it. */
	private static String shown(String page) {
		return page.substring(page.indexOf("id=\"checked-in\""), page.indexOf("</div>", page.indexOf("id=\"checked-in\"")));
	}
}
