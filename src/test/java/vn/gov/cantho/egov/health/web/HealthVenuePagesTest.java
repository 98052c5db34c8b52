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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * Venue pages: registration with every problem in one summary, the owner's list and venue page, someone else's venue
 * as 404, the QR PNG that reads back to the venue's signed code, the printable A4 poster, and closing a venue.
 */
@IntegrationTest
class HealthVenuePagesTest {

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

	@BeforeEach
	void fixtures() {
		fixtures = new HealthWebFixtures(users, current, venues, people);
	}

	@Test
	void theFormOffersWardsAndTypesWithTheirDefaults() throws Exception {
		String page = mvc.perform(get("/dia-diem/dang-ky").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"venue-form\"", "Phường Cái Khế", "value=\"CHECKPOINT\"",
				"Chốt kiểm soát (lưu lại 10 phút; tiếp xúc từ 60 phút)", "name=\"_csrf\"");
		assertThat(HealthWebFixtures.repeatedIds(page)).isEmpty();
	}

	@Test
	void anEmptyFormListsEveryProblemLinkedToItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/dia-diem/dang-ky").param("address", "Hẻm <b>12</b>")
			.param("defaultStay", "mười")
			.param("ownerPhone", "123")
			.with(user(fixtures.user("citizen")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#name\""),
					containsString("href=\"#unitCode\""), containsString("href=\"#type\""),
					containsString("href=\"#defaultStay\""), containsString("href=\"#ownerPhone\""),
					not(containsString("href=\"#address\"")),
					containsString(messages.getMessage("error.health.web.venue-stay", new Object[] { 5, 1440 }, VI)),
					containsString("value=\"Hẻm &lt;b&gt;12&lt;/b&gt;\""), containsString("value=\"mười\""),
					not(containsString("<b>12</b>")))));
	}

	@Test
	void formsArePostedWithTheCsrfToken() throws Exception {
		mvc.perform(post("/dia-diem/dang-ky").param("name", "x").with(user(fixtures.user("citizen"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOwnerRegistersAVenueAndSeesItWithItsQrCode() throws Exception {
		String name = "Quán <i>" + HealthWebFixtures.word() + "</i>";
		String location = mvc.perform(post("/dia-diem/dang-ky").param("name", name)
			.param("address", "12 Hai Bà Trưng")
			.param("unitCode", HealthWebFixtures.CAI_KHE)
			.param("type", "RESTAURANT")
			.param("ownerPhone", "0912 345 678")
			.with(user(fixtures.user("citizen")))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/dia-diem/");
		String code = location.substring("/dia-diem/".length());
		VenueView venue = fixtures.as("citizen", () -> venues.find(fixtures.actor("citizen"), code)).orElseThrow();
		assertThat(venue.defaultStayMinutes()).isEqualTo(VenueType.RESTAURANT.defaultStayMinutes());
		assertThat(venue.ownerAccount()).isEqualTo("citizen");

		mvc.perform(get(location).with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quán &lt;i&gt;"), not(containsString("<i>kiemthu")),
					containsString("/dia-diem/" + code + "/ma-qr.png"), containsString("/dia-diem/" + code + "/ap-phich"),
					containsString("Phường Cái Khế"), containsString("id=\"venue-close\""))));
		mvc.perform(get("/dia-diem").with(user(fixtures.user("citizen"))))
			.andExpect(content().string(containsString("id=\"venue-" + code + "\"")));
		// Officials who manage venues see every venue; the list is newest first.
		String all = mvc.perform(get("/dia-diem").with(user(fixtures.user("health"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("id=\"venue-" + code + "\"", "Tất cả địa điểm");
	}

	@Test
	void someoneElsesVenueIsNotFound() throws Exception {
		VenueView venue = fixtures.venue("health", VenueType.CHECKPOINT);
		for (String path : new String[] { "", "/ma-qr.png", "/ap-phich" }) {
			mvc.perform(get("/dia-diem/" + venue.code() + path).with(user(fixtures.user("citizen"))))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/dia-diem/" + venue.code() + "/dong").with(user(fixtures.user("citizen"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/dia-diem/" + venue.code()).with(user(fixtures.user("admin")))).andExpect(status().isOk());
	}

	@Test
	void theQrPngReadsBackToTheVenuesSignedCode() throws Exception {
		VenueView venue = fixtures.venue("citizen", VenueType.SHOP);
		byte[] png = mvc.perform(get("/dia-diem/" + venue.code() + "/ma-qr.png").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = QrPictures.decode(png);
		assertThat(text).isEqualTo(codes.venueQr(venue.code())).contains("/c/");
		assertThat(codes.verifyVenue(text)).isEqualTo(venue.code());
		assertThat(QrPictures.image(png).getWidth()).isGreaterThanOrEqualTo(VenuePages.VENUE_QR_PIXELS);
	}

	@Test
	void thePosterIsAnA4PageWithABigCodeTheNameAndBilingualSteps() throws Exception {
		VenueView venue = fixtures.venue("citizen", VenueType.MARKET);
		mvc.perform(get("/dia-diem/" + venue.code() + "/ap-phich").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"poster-qr\""), containsString(venue.name()),
					containsString("1 Hai Bà Trưng, Phường Cái Khế"), containsString("id=\"poster-code\">" + venue.code()),
					containsString("Mở camera điện thoại"), containsString("Open your phone camera"),
					containsString("data-print"), containsString("/css/health-web.css"))));
		String css = new ClassPathResource("static/css/health-web.css").getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css).contains("@page { size: A4 portrait", ".poster-qr { width: 16cm; height: 16cm;",
				".personal-qr { width: 6cm; height: 6cm; }");
	}

	@Test
	void aClosedVenuesCodeIsNoLongerAcceptedNorPrinted() throws Exception {
		VenueView venue = fixtures.venue("citizen", VenueType.SHOP);
		String token = codes.venueQr(venue.code());
		mvc.perform(post("/dia-diem/" + venue.code() + "/dong").with(user(fixtures.user("citizen"))).with(csrf()))
			.andExpect(redirectedUrl("/dia-diem/" + venue.code()));
		mvc.perform(get("/dia-diem/" + venue.code()).with(user(fixtures.user("citizen"))))
			.andExpect(content().string(allOf(containsString("id=\"venue-status\">Đã đóng"),
					not(containsString("id=\"venue-qr\"")))));
		mvc.perform(get("/dia-diem/" + venue.code() + "/ma-qr.png").with(user(fixtures.user("citizen"))))
			.andExpect(status().isConflict());
		mvc.perform(get(token.substring(token.indexOf("/c/"))).with(user(fixtures.user("citizen"))))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(messages.getMessage("error.health.code-unknown", null, VI))));
	}

	@Test
	void thePagesAreInEnglishToo() throws Exception {
		mvc.perform(get("/dia-diem/dang-ky").param("lang", "en").with(user(fixtures.user("citizen"))))
			.andExpect(content().string(allOf(containsString("Register a venue"),
					containsString("Checkpoint (stay 10 min; contact from 60 min)"))));
	}

	@Test
	void venuesNeedAVenuePermission() throws Exception {
		mvc.perform(get("/dia-diem")).andExpect(redirectedUrl("/dang-nhap"));
		mvc.perform(get("/dia-diem").with(user(fixtures.user("checkpoint")))).andExpect(status().isForbidden());
		mvc.perform(get("/dia-diem/dang-ky").with(user(fixtures.user("leader")))).andExpect(status().isForbidden());
	}
}
