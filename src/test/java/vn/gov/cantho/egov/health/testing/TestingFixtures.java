package vn.gov.cantho.egov.health.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests API as people call it (HTTP Basic), and what the tests need around it: fresh citizens with a personal
 * code, a fresh site with tomorrow's slots, and a booked slot moved to now so that its sample can be taken today.
 * Everything is new per call, so tests never collide with each other, with the demo data or with earlier runs.
 */
final class TestingFixtures {

	static final String BASE = "/api/v1/health/tests";
	static final String PASSWORD = "Ninh-Kieu-ben-tau-7";
	static final String DEMO_PASSWORD = "demo1234";
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final LocalDate BIRTH = LocalDate.of(1990, 3, 8);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	TestingFixtures(MockMvc mvc, JdbcClient jdbc, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A citizen with an account; returns the username (password {@link #PASSWORD}). */
	String citizen() throws Exception {
		String username = "xn" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
		Map<String, Object> body = Map.of("fullName", "Lê Thị Xét (kiểm thử)", "idNumber",
				"092190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)), "phone",
				"0912345678", "email", username + "@example.vn", "username", username, "password", PASSWORD);
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/accounts/citizens")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().isCreated());
		return username;
	}

	/** The citizen's personal code after a health declaration. */
	String declare(String username) throws Exception {
		return read(post(username, "/api/v1/health/declarations",
				Map.of("symptoms", List.of(), "contactWithCase", false)).andExpect(status().isCreated()))
			.get("token")
			.asString();
	}

	/** A new site made by the demo health officer, with tomorrow's slots 07:30 to 11:30 of {@code capacity}. */
	String site(int capacity) throws Exception {
		String code = read(post("health", BASE + "/sites", Map.of("name", "Điểm thử " + SEQUENCE.incrementAndGet(),
				"address", "1 Hòa Bình (kiểm thử)", "unitCode", "31117")).andExpect(status().isCreated()))
			.get("code")
			.asString();
		post("health", BASE + "/sites/" + code + "/slots", Map.of("day", tomorrow().toString(), "from", "07:30",
				"until", "11:30", "everyMinutes", 30, "capacity", capacity)).andExpect(status().isOk());
		return code;
	}

	LocalDate tomorrow() {
		return LocalDate.now(clock.withZone(VIETNAM)).plusDays(1);
	}

	/** The start of tomorrow's first slot (07:30 Vietnam time). */
	Instant firstSlot() {
		return tomorrow().atTime(7, 30).atZone(VIETNAM).toInstant();
	}

	Map<String, Object> registration(String siteCode, Instant slot) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("siteCode", siteCode);
		body.put("slotStartsAt", slot.toString());
		body.put("reason", "CONTACT");
		body.put("fullName", "Lê Thị Xét");
		body.put("dateOfBirth", BIRTH.toString());
		body.put("phone", "0912 345 678");
		body.put("email", "xet@example.vn");
		return body;
	}

	/** Registers the citizen in tomorrow's first slot of the site; returns the registration code. */
	String register(String username, String siteCode) throws Exception {
		return register(username, siteCode, firstSlot());
	}

	String register(String username, String siteCode, Instant slot) throws Exception {
		return read(post(username, BASE + "/registrations", registration(siteCode, slot))
			.andExpect(status().isCreated())).get("code").asString();
	}

	/** Moves the registration's slot to start now, as if its day had come. */
	void slotNow(String registrationCode) {
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE health_test_slot SET starts_at = :start, ends_at = :end
				WHERE id = (SELECT slot_id FROM health_test_registration WHERE code = :code)""")
			.param("start", now.atOffset(java.time.ZoneOffset.UTC))
			.param("end", now.plusSeconds(1800).atOffset(java.time.ZoneOffset.UTC))
			.param("code", registrationCode)
			.update();
	}

	/** Takes the sample of a registration as {@code health}; returns the sample code. */
	String sample(String token, String registrationCode, String siteCode) throws Exception {
		return read(post("health", BASE + "/samples",
				Map.of("personalCode", token, "registrationCode", registrationCode, "siteCode", siteCode))
			.andExpect(status().isOk())).get("sampleCode").asString();
	}

	ResultActions post(String user, String path, Object body) throws Exception {
		return mvc.perform(as(user, MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))));
	}

	ResultActions get(String user, String path) throws Exception {
		return mvc.perform(as(user, MockMvcRequestBuilders.get(path)));
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		request.header("Accept-Language", "en");
		if (user == null) {
			return request;
		}
		boolean demo = List.of("citizen", "health", "checkpoint", "admin", "officer", "leader").contains(user);
		return request.with(httpBasic(user, demo ? DEMO_PASSWORD : PASSWORD));
	}
}
