package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.codes;
import static vn.gov.cantho.egov.feedback.open311.Open311Client.json;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/** The administrators' page of API keys: issued once, stored as a hash, revoked, audited, and who may use it. */
@IntegrationTest
class Open311KeysTest {

	static final RequestPostProcessor ADMIN = user("admin")
		.authorities(new SimpleGrantedAuthority("FEEDBACK_CONFIGURE"), new SimpleGrantedAuthority("ADMIN_CONSOLE"));
	private static final Pattern SECRET = Pattern.compile("o311_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Open311Client open311;

	@BeforeEach
	void client() {
		open311 = new Open311Client(mvc);
	}

	@Test
	void aKeyIsShownOnceStoredAsAHashUsedAndRevoked() throws Exception {
		String name = "Ứng dụng 311 kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
		String page = mvc.perform(post("/quan-tri/open311").param("name", "  " + name + " ").with(csrf()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("id=\"issued-key\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).isTrue();
		String secret = matcher.group();
		Map<String, Object> stored = jdbc.sql("SELECT * FROM feedback_open311_key WHERE name = :name")
			.param("name", name)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("KEY_HASH", ApiKeys.hash(secret)).containsEntry("CREATED_BY", "admin");
		assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(secret));
		long id = ((Number) stored.get("ID")).longValue();
		assertThat(audit(id)).containsExactly("feedback.open311-key.issued");

		Map<String, Object> form = Open311Client.environment("Khóa mới (kiểm thử)");
		form.put("api_key", secret);
		String filed = open311.file(form);
		assertThat(jdbc.sql("SELECT r.key_id FROM feedback_open311_request r JOIN feedback_item i ON i.id = r.item_id"
				+ " WHERE i.number = :n").param("n", filed).query(Long.class).single()).isEqualTo(id);
		mvc.perform(get("/quan-tri/open311").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(secret.substring(0, 9))))
			.andExpect(content().string(not(containsString(secret))));

		mvc.perform(post("/quan-tri/open311/" + id + "/thu-hoi").with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/quan-tri/open311"))
			.andExpect(flash().attribute("revoked", name));
		assertThat(audit(id)).containsExactly("feedback.open311-key.issued", "feedback.open311-key.revoked");
		assertThat(json(open311.post("json", form), 403).get(0).get("description").asString()).contains("thu hồi");
		mvc.perform(post("/quan-tri/open311/" + id + "/thu-hoi").with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/quan-tri/open311"));
		assertThat(audit(id)).hasSize(2);
	}

	@Test
	void aNameIsRequiredAndShortEnough() throws Exception {
		mvc.perform(post("/quan-tri/open311").param("name", " ").with(csrf()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(not(containsString("id=\"issued-key\""))));
		mvc.perform(post("/quan-tri/open311").param("name", "x".repeat(101)).param("lang", "en").with(csrf()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("longer than 100 characters")));
	}

	@Test
	void onlyAdministratorsWithThePermission() throws Exception {
		mvc.perform(get("/quan-tri/open311").with(user("operator").authorities(new SimpleGrantedAuthority("FEEDBACK_COORDINATE"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/open311")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/quan-tri/open311").param("name", "Không có CSRF").with(ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/open311").param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open311 API keys")))
			.andExpect(content().string(containsString("<label for=\"name\"")));
		mvc.perform(get("/quan-tri").with(ADMIN)).andExpect(content().string(containsString("href=\"/quan-tri/open311\"")));
	}

	@Test
	void aLoggedInSessionOrBasicLoginCannotPostAsItsAccount() throws Exception {
		var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin("/dang-nhap").user("citizen").password("demo1234")).andReturn();
		jakarta.servlet.http.Cookie[] session = login.getResponse().getCookies();
		assertThat(session).extracting(jakarta.servlet.http.Cookie::getName).contains("SESSION");
		Map<String, Object> form = Open311Client.environment("Gửi kèm phiên đăng nhập (kiểm thử)");
		form.remove("api_key");
		assertThat(codes(json(mvc.perform(Open311Client.request("json", form).cookie(session)), 403)))
			.containsExactly(403);

		form.put("api_key", Open311Client.DEMO_KEY);
		String withSession = json(mvc.perform(Open311Client.request("json", form).cookie(session)), 200).get(0)
			.get("service_request_id").asString();
		form.put("phone", vn.gov.cantho.egov.feedback.FeedbackApiClient.freshPhone());
		String withBasic = json(mvc.perform(Open311Client.request("json", form)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("citizen", "demo1234"))), 200).get(0).get("service_request_id").asString();
		for (String number : new String[] { withSession, withBasic }) {
			Map<String, Object> item = jdbc.sql("SELECT reporter_account, submitted_by FROM feedback_item WHERE number = :n")
				.param("n", number)
				.query()
				.singleRow();
			assertThat(item.get("REPORTER_ACCOUNT")).isNull();
			assertThat(item.get("SUBMITTED_BY")).isNotEqualTo("citizen");
		}
		assertThat(codes(json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put(Open311Client.V2 + "/requests.json")), 400))).containsExactly(405);
		assertThat(codes(json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete(Open311Client.V2 + "/requests/" + withBasic + ".json")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("admin", "demo1234"))), 400))).containsExactly(405);
		assertThat(json(open311.get("/requests/" + withBasic + ".json"), 200).size()).as("still there").isEqualTo(1);
	}

	private java.util.List<String> audit(long id) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE reference = :r ORDER BY id")
			.param("r", ApiKeys.reference(id))
			.query(String.class)
			.list();
	}
}
