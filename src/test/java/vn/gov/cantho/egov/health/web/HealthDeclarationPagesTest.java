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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * The health declaration and the personal code: explicit consent (never ticked in advance) with its purpose and
 * retention, every problem in one summary, the personal code page with the QR, its expiry and its text (never the ID
 * number), and the PNG that reads back to the same signed code.
 */
@IntegrationTest
class HealthDeclarationPagesTest {

	static final Locale VI = Locale.forLanguageTag("vi");
	static final Pattern PERSONAL_CODE = Pattern.compile("id=\"personal-code\">([^<]+)<");

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
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	HealthWebFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new HealthWebFixtures(users, current, venues, people);
	}

	@Test
	void theFormAsksForExplicitConsentWithThePurposeAndTheRetention() throws Exception {
		String page = mvc.perform(get("/khai-bao-y-te").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"consent\"", "Nghị định 13/2023", "chỉ để phòng, chống dịch",
				"Thời gian lưu: 21 ngày", "id=\"symptom-FEVER\"", "id=\"contact-yes\"");
		assertThat(page).doesNotContain("checked");
		assertThat(HealthWebFixtures.repeatedIds(page)).isEmpty();
	}

	@Test
	void withoutConsentNothingIsDeclaredAndEveryProblemIsListed() throws Exception {
		mvc.perform(post("/khai-bao-y-te").param("symptoms", "COUGH")
			.param("note", "<script>alert(1)</script>")
			.with(user(fixtures.user("citizen")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#consent\""),
					containsString("href=\"#contactWithCase\""),
					containsString(messages.getMessage("error.health.web.consent-required", null, VI)),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert(1)")))))
			.andExpect(content().string(containsString("value=\"COUGH\" checked")));
	}

	@Test
	void aDeclarationGivesThePersonalCodePageAndItsPng() throws Exception {
		mvc.perform(post("/khai-bao-y-te").param("symptoms", "FEVER")
			.param("contactWithCase", "no")
			.param("travel", "Thành phố Hồ Chí Minh")
			.param("consent", "true")
			.with(user(fixtures.user("citizen")))
			.with(csrf())).andExpect(redirectedUrl("/khai-bao-y-te/ma-ca-nhan"));
		String page = mvc.perform(get("/khai-bao-y-te/ma-ca-nhan").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = PERSONAL_CODE.matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		String personRef = codes.verifyPersonal(token);
		assertThat(page).contains("id=\"personal-expiry\"", "/khai-bao-y-te/ma-ca-nhan.png")
			.doesNotContain(HealthWebFixtures.CITIZEN_ID_NUMBER);

		byte[] png = mvc.perform(get("/khai-bao-y-te/ma-ca-nhan.png").with(user(fixtures.user("citizen"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(codes.verifyPersonal(QrPictures.decode(png))).isEqualTo(personRef);
		assertThat(QrPictures.image(png).getWidth()).isGreaterThanOrEqualTo(DeclarationPages.PERSONAL_QR_PIXELS);
		assertThat(audit.search(new AuditQuery("citizen", "health.declaration.consented", personRef, null, null), 0)
			.entries()).isNotEmpty();
	}

	@Test
	void aDeclarationMadeOnTheWayToAVenueGoesBackToItAndNowhereElse() throws Exception {
		String venuePage = "/c/V1.ABCDEFGH.1.abc";
		mvc.perform(get("/khai-bao-y-te").param("tiep", venuePage).with(user(fixtures.user("citizen"))))
			.andExpect(content().string(containsString("value=\"" + venuePage + "\"")));
		mvc.perform(post("/khai-bao-y-te").param("contactWithCase", "no")
			.param("consent", "true")
			.param("next", venuePage)
			.with(user(fixtures.user("citizen")))
			.with(csrf())).andExpect(redirectedUrl(venuePage));
		mvc.perform(post("/khai-bao-y-te").param("contactWithCase", "no")
			.param("consent", "true")
			.param("next", "https://example.com/c/x")
			.with(user(fixtures.user("citizen")))
			.with(csrf())).andExpect(redirectedUrl("/khai-bao-y-te/ma-ca-nhan"));
	}

	@Test
	void theDeclarationIsForCitizensAndInEnglishToo() throws Exception {
		mvc.perform(get("/khai-bao-y-te")).andExpect(redirectedUrl("/dang-nhap"));
		mvc.perform(get("/khai-bao-y-te").with(user(fixtures.user("checkpoint")))).andExpect(status().isForbidden());
		mvc.perform(post("/khai-bao-y-te").param("consent", "true").with(user(fixtures.user("citizen"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/khai-bao-y-te").param("lang", "en").with(user(fixtures.user("citizen"))))
			.andExpect(content().string(allOf(containsString("Health declaration"),
					containsString("Decree 13/2023/ND-CP"), containsString("Kept for: 21 days"))));
	}
}
