package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.identity.domain.AccountService;

/** Form login against the accounts table, lockout after five failures, and what the audit log keeps of it. */
@IntegrationTest
class IdentityLoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginPageHasTheFormAndTranslatesFailureReasons() throws Exception {
		mvc.perform(get("/dang-nhap"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"username\""),
					Matchers.containsString("name=\"password\""), Matchers.containsString("id=\"login-submit\""),
					Matchers.containsString("name=\"_csrf\""))));
		mvc.perform(get("/dang-nhap").param("error", "bad-credentials"))
			.andExpect(content().string(Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
		mvc.perform(get("/dang-nhap").param("error", "locked").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("This account is locked")));
		mvc.perform(get("/dang-nhap").param("logout", ""))
			.andExpect(content().string(Matchers.containsString("Bạn đã đăng xuất.")));
	}

	@Test
	void demoCitizenLogsInAndTheLoginIsRecorded() throws Exception {
		mvc.perform(formLogin("/dang-nhap").user("citizen").password("demo1234"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("citizen").withAuthentication(auth -> assertThat(
					auth.getAuthorities().stream().map(a -> a.getAuthority()))
				.contains("ACCOUNT_SELF", "DIRECTORY_READ", "ROLE_CITIZEN")
				.doesNotContain("METRICS_VIEW", "ACCOUNT_MANAGE")));
		assertThat(directory.account("citizen").orElseThrow().lastLoginAt()).isNotNull();
	}

	@Test
	void usernamesAreCaseInsensitiveAtLogin() throws Exception {
		mvc.perform(formLogin("/dang-nhap").user("Leader").password("demo1234"))
			.andExpect(authenticated().withUsername("leader"));
	}

	@Test
	void wrongPasswordGoesBackToTheLoginPage() throws Exception {
		mvc.perform(formLogin("/dang-nhap").user("specialist").password("wrong-password"))
			.andExpect(redirectedUrl("/dang-nhap?error=bad-credentials"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/dang-nhap").user("nobody-" + System.nanoTime()).password("whatever"))
			.andExpect(redirectedUrl("/dang-nhap?error=bad-credentials"));
		// A successful login resets the count, so this test never locks the shared demo account.
		mvc.perform(formLogin("/dang-nhap").user("specialist").password("demo1234")).andExpect(authenticated());
	}

	@Test
	void fiveConsecutiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = AccountBuilder.anAccount().create(accounts);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/dang-nhap").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/dang-nhap?error=bad-credentials"));
		}
		assertThat(directory.account(username).orElseThrow().locked()).isFalse();
		mvc.perform(formLogin("/dang-nhap").user(username).password("wrong-4"))
			.andExpect(redirectedUrl("/dang-nhap?error=bad-credentials"));

		mvc.perform(formLogin("/dang-nhap").user(username).password(AccountBuilder.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?error=locked"))
			.andExpect(unauthenticated());
		assertThat(directory.account(username).orElseThrow().locked()).isTrue();
		assertThat(auditActions(username)).contains("identity.account.registered", "identity.login.failed",
				"identity.account.locked", "identity.login.refused-locked");
		assertThat(auditActions(username)).filteredOn("identity.login.failed"::equals).hasSize(5);
	}

	@Test
	void failuresThatAreNotConsecutiveDoNotLock() throws Exception {
		String username = AccountBuilder.anAccount().create(accounts);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(formLogin("/dang-nhap").user(username).password("wrong"));
			}
			mvc.perform(formLogin("/dang-nhap").user(username).password(AccountBuilder.PASSWORD))
				.andExpect(authenticated());
		}
		assertThat(directory.account(username).orElseThrow().locked()).isFalse();
	}

	@Test
	void theAuditLogNeverHoldsThePasswordNorAMistypedUsername() throws Exception {
		String secret = "secret-" + System.nanoTime();
		mvc.perform(formLogin("/dang-nhap").user(secret).password(secret));
		mvc.perform(formLogin("/dang-nhap").user("operator").password(secret));
		mvc.perform(formLogin("/dang-nhap").user("operator").password("demo1234"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE reference LIKE :s OR action LIKE :s")
			.param("s", "%" + secret + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		var session = mvc.perform(formLogin("/dang-nhap").user("health").password("demo1234"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dang-xuat")
			.session((org.springframework.mock.web.MockHttpSession) session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/?loggedOut"))
			.andExpect(unauthenticated());
	}

	private List<String> auditActions(String reference) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE reference = :r ORDER BY id")
			.param("r", reference)
			.query(String.class)
			.list();
	}
}
