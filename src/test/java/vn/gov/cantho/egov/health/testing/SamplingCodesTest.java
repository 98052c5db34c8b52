package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthCodeRefused;

/**
 * Staff scan personal codes at the site: a forged or altered code and an expired one are refused with their reason,
 * on the scan and again on the sample itself; a good code of someone else does not open another person's registration.
 */
@IntegrationTest
class SamplingCodesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TestingFixtures fx;
	String token;
	String site;
	String code;

	@BeforeEach
	void booked() throws Exception {
		fx = new TestingFixtures(mvc, jdbc, clock);
		String citizen = fx.citizen();
		token = fx.declare(citizen);
		site = fx.site(5);
		code = fx.register(citizen, site);
		fx.slotNow(code);
	}

	@Test
	void anAlteredCodeIsRefusedAsForged() throws Exception {
		String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		fx.post("health", TestingFixtures.BASE + "/scans", Map.of("personalCode", altered))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(HealthCodeRefused.FORGED))
			.andExpect(jsonPath("$.field").value("personalCode"));
		fx.post("health", TestingFixtures.BASE + "/samples",
				Map.of("personalCode", "P1.NOTAPERSON.1.1999999999.AAAAAAAAAAAAAAAAAAAAAA", "registrationCode", code))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(HealthCodeRefused.FORGED));
		assertStillBooked();
	}

	@Test
	void anExpiredCodeIsRefusedAsExpired() throws Exception {
		String expired = signedWithExpiry(token, clock.instant().getEpochSecond() - 60);
		fx.post("health", TestingFixtures.BASE + "/scans", Map.of("personalCode", expired))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(HealthCodeRefused.EXPIRED))
			.andExpect(jsonPath("$.field").value("personalCode"));
		fx.post("health", TestingFixtures.BASE + "/samples",
				Map.of("personalCode", expired, "registrationCode", code, "siteCode", site))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(HealthCodeRefused.EXPIRED));
		assertStillBooked();
	}

	@Test
	void anotherPersonsGoodCodeDoesNotOpenThisRegistration() throws Exception {
		String other = fx.declare(fx.citizen());
		fx.post("health", TestingFixtures.BASE + "/samples",
				Map.of("personalCode", other, "registrationCode", code, "siteCode", site))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("registrationCode"));
		assertStillBooked();
		fx.sample(token, code, site);
		fx.post("health", TestingFixtures.BASE + "/samples",
				Map.of("personalCode", token, "registrationCode", code, "siteCode", site))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("health.testing.already-sampled"));
	}

	@Test
	void aRegistrationForAnotherDayIsNotSampledToday() throws Exception {
		String citizen = fx.citizen();
		String tomorrows = fx.declare(citizen);
		String later = fx.register(citizen, site, fx.firstSlot().plusSeconds(1800));
		fx.post("health", TestingFixtures.BASE + "/samples",
				Map.of("personalCode", tomorrows, "registrationCode", later, "siteCode", site))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("health.testing.not-today"));
	}

	private void assertStillBooked() {
		assertThat(jdbc.sql("SELECT status FROM health_test_registration WHERE code = :code")
			.param("code", code)
			.query(String.class)
			.single()).isEqualTo("BOOKED");
	}

	/** The same person's code signed properly with the current key, but with another expiry. */
	private String signedWithExpiry(String good, long expiry) throws Exception {
		String[] parts = good.split("\\.");
		String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + expiry;
		String secret = jdbc.sql("SELECT secret FROM health_signing_key WHERE purpose = 'PERSON' AND version = :v")
			.param("v", Integer.parseInt(parts[2]))
			.query(String.class)
			.single();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256"));
		byte[] sig = Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), 16);
		return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
	}
}
