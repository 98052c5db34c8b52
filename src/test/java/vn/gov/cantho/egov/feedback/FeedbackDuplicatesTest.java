package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.domain.FieldConfiguration;
import vn.gov.cantho.egov.feedback.domain.FieldDefinition;
import vn.gov.cantho.egov.feedback.domain.Similarity;

/**
 * Duplicate suggestions as a property over seeded random items: in a field of their own (so nothing else interferes),
 * items at random points around Cái Khế with random texts; for random drafts the suggestions are exactly the best of
 * those a brute-force check finds (same field, within 300 m, similar enough), best first, at most five, each within
 * the radius, with the same similarity seen from either side.
 */
@IntegrationTest
class FeedbackDuplicatesTest {

	static final String[] WORDS = { "rác", "thải", "cống", "nghẹt", "bốc", "mùi", "đèn", "hỏng", "ổ", "gà", "vỉa", "hè",
			"lấn", "chiếm", "ngập", "kênh", "cây", "ngã" };

	@Autowired
	MockMvc mvc;

	@Autowired
	FieldConfiguration configuration;

	@Autowired
	UserDetailsService users;

	final JsonMapper json = JsonMapper.builder().build();

	record Seeded(String number, double lat, double lon, String text) {
	}

	@Test
	void suggestionsAreTheBestNearbySimilarItemsWhicheverSideAsks() throws Exception {
		String field = "DUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/api/v1/fields").with(httpBasic("admin", FeedbackApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"code\":\"" + field + "\",\"name\":\"Trùng lặp thử\",\"nameEn\":\"Duplicates test\"}"))
			.andExpect(status().isCreated());
		as("admin", () -> configuration.save(new FieldDefinition(field, 5, "SNNMT", "realtime", null, null, 99, true,
				Map.of(), List.of())));
		Random random = new Random(20261127);
		List<Seeded> seeded = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			double lat = 10.0458 + (random.nextDouble() - 0.5) * 0.01;
			double lon = 105.7870 + (random.nextDouble() - 0.5) * 0.01;
			String text = words(random, 5);
			Map<String, Object> body = new HashMap<>();
			body.put("title", text);
			body.put("description", text);
			body.put("fieldCode", field);
			body.put("location", Map.of("latitude", lat, "longitude", lon));
			body.put("publicAllowed", true);
			String number = json.readTree(mvc.perform(post("/api/v1/feedback").contentType("application/json")
				.content(json.writeValueAsString(body))).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString()).get("number").asString();
			seeded.add(new Seeded(number, lat, lon, text));
		}
		for (int probe = 0; probe < 15; probe++) {
			double lat = 10.0458 + (random.nextDouble() - 0.5) * 0.01;
			double lon = 105.7870 + (random.nextDouble() - 0.5) * 0.01;
			String text = words(random, 5);
			JsonNode found = json.readTree(mvc.perform(get("/api/v1/feedback/similar").param("fieldCode", field)
				.param("latitude", Double.toString(lat))
				.param("longitude", Double.toString(lon))
				.param("title", text)
				.param("description", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			List<String> expected = bruteForce(seeded, lat, lon, text);
			List<String> numbers = new ArrayList<>();
			double previous = 1.0;
			for (JsonNode candidate : found) {
				numbers.add(candidate.get("number").asString());
				assertThat(candidate.get("distanceMetres").asDouble()).isLessThanOrEqualTo(300.0);
				assertThat(candidate.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.25)
					.isLessThanOrEqualTo(previous);
				previous = candidate.get("similarity").asDouble();
			}
			assertThat(numbers).as("probe %d", probe).hasSizeLessThanOrEqualTo(5).containsExactlyInAnyOrderElementsOf(expected);
		}
		Seeded a = seeded.get(0);
		JsonNode fromA = staffSimilar(a.number());
		for (JsonNode candidate : fromA) {
			JsonNode back = staffSimilar(candidate.get("number").asString());
			for (JsonNode other : back) {
				if (other.get("number").asString().equals(a.number())) {
					assertThat(other.get("similarity").asDouble()).isEqualTo(candidate.get("similarity").asDouble());
					assertThat(other.get("distanceMetres").asDouble())
						.isCloseTo(candidate.get("distanceMetres").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
				}
			}
		}
	}

	private JsonNode staffSimilar(String number) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/feedback/" + number + "/similar")
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(5)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The best five of the seeded items that qualify, ties broken by distance, as the module ranks them. */
	static List<String> bruteForce(List<Seeded> seeded, double lat, double lon, String text) {
		Set<String> words = Similarity.words(text);
		record Scored(String number, double similarity, double distance) {
		}
		List<Scored> qualifying = new ArrayList<>();
		for (Seeded s : seeded) {
			double distance = Similarity.metres(lat, lon, s.lat(), s.lon());
			double similarity = Math.round(Similarity.jaccard(words, Similarity.words(s.text() + " " + s.text()))
					* 1000) / 1000.0;
			if (distance <= 300 && similarity >= 0.25) {
				qualifying.add(new Scored(s.number(), similarity, distance));
			}
		}
		qualifying.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparingDouble(Scored::distance));
		return qualifying.stream().limit(5).map(Scored::number).toList();
	}

	static String words(Random random, int count) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			out.add(WORDS[random.nextInt(WORDS.length)]);
		}
		return String.join(" ", out);
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		UserDetails user = users.loadUserByUsername(username);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
