package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.cantho.egov.IntegrationTest;

/** Citizen registration on the page (error summary, kept input) and through the API (problem codes and fields). */
@IntegrationTest
class IdentityRegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Test
	void registrationPageShowsLabelledFields() throws Exception {
		mvc.perform(get("/dang-ky"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("<label for=\"idNumber\""),
					Matchers.containsString("id=\"passwordConfirmation\""),
					Matchers.not(Matchers.containsString("error-summary")))));
	}

	@Test
	void aCitizenRegistersAndCanLogIn() throws Exception {
		String username = AccountBuilder.uniqueUsername("reg");
		mvc.perform(page(username, AccountBuilder.uniqueIdNumber(), "+84 912 345 678", AccountBuilder.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?registered"));

		AccountView account = directory.account(username.toUpperCase()).orElseThrow();
		assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
		assertThat(account.roles()).containsExactly("CITIZEN");
		assertThat(account.phone()).isEqualTo("0912345678");
		assertThat(account.fullName()).isEqualTo("Lê Thị Hoa");
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin("/dang-nhap")
			.user(username)
			.password(AccountBuilder.PASSWORD))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.authenticated());
	}

	@Test
	void brokenRulesAreAllListedAndWhatWasTypedIsKeptExceptPasswords() throws Exception {
		String username = AccountBuilder.uniqueUsername("reg");
		mvc.perform(page(username, "000095001234", "0212345678", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"error-summary\""),
					Matchers.containsString("href=\"#idNumber\""), Matchers.containsString("href=\"#phone\""),
					Matchers.containsString("href=\"#password\""),
					Matchers.containsString("Số định danh cá nhân không hợp lệ"),
					Matchers.containsString("value=\"Lê Thị Hoa\""), Matchers.containsString("value=\"000095001234\""),
					Matchers.containsString("value=\"" + username + "\""),
					Matchers.containsString("aria-invalid=\"true\""), Matchers.not(Matchers.containsString("short")))));
		assertThat(directory.account(username)).isEmpty();
	}

	@Test
	void mismatchedConfirmationAndTakenUsernameAreReported() throws Exception {
		mvc.perform(post("/dang-ky").with(csrf())
			.param("fullName", "Lê Thị Hoa")
			.param("idNumber", AccountBuilder.uniqueIdNumber())
			.param("phone", "0912345678")
			.param("username", "CITIZEN")
			.param("password", AccountBuilder.PASSWORD)
			.param("passwordConfirmation", AccountBuilder.PASSWORD + "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"#username\""),
					Matchers.containsString("Tên đăng nhập này đã có người dùng."),
					Matchers.containsString("href=\"#passwordConfirmation\""))));
	}

	@Test
	void registrationWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/dang-ky").param("username", AccountBuilder.uniqueUsername("x")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/dang-ky").with(csrf().useInvalidToken()).param("username", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiRegistrationCreatesTheAccount() throws Exception {
		String username = AccountBuilder.uniqueUsername("api");
		mvc.perform(api(username, AccountBuilder.uniqueIdNumber(), AccountBuilder.PASSWORD))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.kind").value("CITIZEN"));
		assertThat(directory.account(username)).isPresent();
	}

	@Test
	void apiRejectsAnInvalidIdNumber() throws Exception {
		mvc.perform(api(AccountBuilder.uniqueUsername("api"), "092995001234", AccountBuilder.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("identity.invalid-id-number"))
			.andExpect(jsonPath("$.field").value("idNumber"));
	}

	@Test
	void apiReportsEveryBadFieldAtOnce() throws Exception {
		mvc.perform(api(AccountBuilder.uniqueUsername("api"), "000000000000", "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("identity.invalid-id-number"))
			.andExpect(jsonPath("$.field").value("idNumber"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("idNumber", "password")))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value("identity.weak-password"));
	}

	@Test
	void apiRejectsATakenUsernameWhateverItsCase() throws Exception {
		mvc.perform(api("Citizen", AccountBuilder.uniqueIdNumber(), AccountBuilder.PASSWORD))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.username-taken"))
			.andExpect(jsonPath("$.field").value("username"));
	}

	@Test
	void apiRejectsAWeakPassword() throws Exception {
		String username = AccountBuilder.uniqueUsername("api");
		for (String weak : new String[] { "demo1234", "1234567890", username + "-2024!" }) {
			mvc.perform(api(username, AccountBuilder.uniqueIdNumber(), weak))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("identity.weak-password"))
				.andExpect(jsonPath("$.field").value("password"));
		}
	}

	@Test
	void apiRejectsMalformedJson() throws Exception {
		mvc.perform(post("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON).content("{\"username\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("malformed-request"));
	}

	@Test
	void anIdNumberRegistersOnlyOnce() throws Exception {
		String idNumber = AccountBuilder.uniqueIdNumber();
		mvc.perform(api(AccountBuilder.uniqueUsername("api"), idNumber, AccountBuilder.PASSWORD))
			.andExpect(status().isCreated());
		mvc.perform(api(AccountBuilder.uniqueUsername("api"), idNumber, AccountBuilder.PASSWORD))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.id-number-registered"))
			.andExpect(jsonPath("$.field").value("idNumber"));
	}

	private static MockHttpServletRequestBuilder page(String username, String idNumber, String phone,
			String password) {
		return post("/dang-ky").with(csrf())
			.param("fullName", "Lê Thị Hoa")
			.param("idNumber", idNumber)
			.param("phone", phone)
			.param("email", "hoa@example.vn")
			.param("username", username)
			.param("password", password)
			.param("passwordConfirmation", password);
	}

	private static MockHttpServletRequestBuilder api(String username, String idNumber, String password) {
		return post("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Phạm Văn Bình", "idNumber": "%s", "phone": "0987654321", "email": "binh@example.vn",
				 "username": "%s", "password": "%s"}""".formatted(idNumber, username, password));
	}
}
