package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/** A registered citizen is welcomed, in the language used to register; a password change is announced. */
@IntegrationTest
class AccountMessagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void citizenIsWelcomedByEmailInTheirLanguageAndToldOfAPasswordChange() throws Exception {
		String username = "welcome" + ThreadLocalRandom.current().nextInt(1_000_000);
		String idNumber = "0921" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		mvc.perform(post("/api/v1/accounts/citizens").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName":"Lê Văn Cường","idNumber":"%s","phone":"0912345678","email":"%s@example.vn",
					 "username":"%s","password":"Mat-khau-rat-dai-1"}""".formatted(idNumber, username, username)))
			.andExpect(status().isCreated());

		Map<String, Object> welcome = awaitMessage(username, "account-registered");
		assertThat(welcome).containsEntry("CHANNEL", "EMAIL").containsEntry("LOCALE", "en");
		assertThat((String) welcome.get("SUBJECT")).contains("Welcome");

		mvc.perform(post("/tai-khoan/mat-khau").with(csrf())
			.with(user(users.loadUserByUsername(username)))
			.param("currentPassword", "Mat-khau-rat-dai-1")
			.param("newPassword", "Mat-khau-moi-rat-dai-2")
			.param("confirmation", "Mat-khau-moi-rat-dai-2"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> warning = awaitMessage(username, "password-changed");
		assertThat((String) warning.get("BODY")).contains(username);
	}

	private Map<String, Object> awaitMessage(String username, String template) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<Map<String, Object>> rows = jdbc.sql("""
					SELECT channel, locale, subject, body FROM notification_message
					WHERE about_reference = :u AND template = :t""")
				.param("u", username)
				.param("t", template)
				.query()
				.listOfRows();
			if (!rows.isEmpty()) {
				return upperCaseKeys(rows.get(0));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + template + " message for " + username);
	}

	private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
		Map<String, Object> upper = new java.util.HashMap<>();
		row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
		return upper;
	}
}
