package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.identity.domain.AccountService;

/** My account, password change, and the administrator's account pages. */
@IntegrationTest
class IdentityPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void myAccountShowsTheCitizenWithAMaskedIdNumberUnlessHeAsks() throws Exception {
		mvc.perform(get("/tai-khoan").with(user(as("citizen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"account-page\""),
					Matchers.containsString("Nguyễn Văn An"), Matchers.containsString("********1234"),
					Matchers.not(Matchers.containsString("092095001234")), Matchers.containsString("Công dân"))));
		mvc.perform(get("/tai-khoan").param("hienSo", "true").with(user(as("citizen"))))
			.andExpect(content().string(Matchers.containsString("092095001234")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'identity.id-number.viewed'"
				+ " AND reference = 'citizen'").query(Long.class).single()).isPositive();
	}

	@Test
	void myAccountShowsTheOfficialsAgency() throws Exception {
		mvc.perform(get("/tai-khoan").with(user(as("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Phòng Quản lý xuất nhập cảnh - Công an thành phố"),
					Matchers.containsString("Lãnh đạo"))));
	}

	@Test
	void theOwnerChangesHisPassword() throws Exception {
		String username = AccountBuilder.anAccount().create(accounts);
		mvc.perform(post("/tai-khoan/mat-khau").with(user(as(username))).with(csrf())
			.param("currentPassword", "not-the-password")
			.param("newPassword", "Song Hau chay mai 2026")
			.param("confirmation", "Song Hau chay mai 2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"#currentPassword\""),
					Matchers.not(Matchers.containsString("not-the-password")))));
		mvc.perform(post("/tai-khoan/mat-khau").with(user(as(username))).with(csrf())
			.param("currentPassword", AccountBuilder.PASSWORD)
			.param("newPassword", "short")
			.param("confirmation", "short"))
			.andExpect(content().string(Matchers.containsString("href=\"#newPassword\"")));
		mvc.perform(post("/tai-khoan/mat-khau").with(user(as(username))).with(csrf())
			.param("currentPassword", AccountBuilder.PASSWORD)
			.param("newPassword", "Song Hau chay mai 2026")
			.param("confirmation", "Song Hau chay mai 2026"))
			.andExpect(redirectedUrl("/tai-khoan?passwordChanged"));

		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin("/dang-nhap")
			.user(username)
			.password("Song Hau chay mai 2026"))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.authenticated());
	}

	@Test
	void pagePostsWithoutAValidCsrfTokenAreForbidden() throws Exception {
		mvc.perform(post("/tai-khoan/mat-khau").with(user(as("citizen")))
			.param("currentPassword", "demo1234")
			.param("newPassword", "x")
			.param("confirmation", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/quan-tri/tai-khoan/officer/khoa").with(user(as("admin"))).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(directory.account("officer").orElseThrow().locked()).isFalse();
	}

	@Test
	void adminIndexLinksToTheConsolePages() throws Exception {
		mvc.perform(get("/quan-tri").with(user(as("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"/quan-tri/don-vi\""),
					Matchers.containsString("href=\"/quan-tri/co-quan\""),
					Matchers.containsString("href=\"/quan-tri/linh-vuc\""),
					Matchers.containsString("href=\"/quan-tri/tai-khoan\""),
					Matchers.containsString("href=\"/quan-tri/nhat-ky\""),
					Matchers.containsString("href=\"/quan-tri/thong-bao\""))));
	}

	@Test
	void adminSearchesAccountsAccentInsensitively() throws Exception {
		mvc.perform(get("/quan-tri/tai-khoan").param("q", "nguyen van an").with(user(as("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString(">citizen</a>"),
					Matchers.not(Matchers.containsString(">leader</a>")))));
	}

	@Test
	void adminCreatesAnOfficialThenLocksUnlocksAndAssignsARole() throws Exception {
		String username = AccountBuilder.uniqueUsername("off");
		mvc.perform(post("/quan-tri/tai-khoan/tao-moi").with(user(as("admin"))).with(csrf())
			.param("fullName", "Võ Minh Tâm (test)")
			.param("username", username)
			.param("password", AccountBuilder.PASSWORD)
			.param("agencyCode", "UBND-HUNGTHANH")
			.param("role", "RECEPTION_OFFICER"))
			.andExpect(redirectedUrl("/quan-tri/tai-khoan/" + username + "?created"));
		assertThat(directory.officials("UBND-HUNGTHANH")).extracting(AccountView::username).contains(username);

		String page = "/quan-tri/tai-khoan/" + username;
		mvc.perform(post(page + "/khoa").with(user(as("admin"))).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", "identity.admin.locked"));
		assertThat(directory.account(username).orElseThrow().locked()).isTrue();
		mvc.perform(post(page + "/mo-khoa").with(user(as("admin"))).with(csrf()));
		assertThat(directory.account(username).orElseThrow().locked()).isFalse();
		mvc.perform(post(page + "/vai-tro").param("role", "SPECIALIST").with(user(as("admin"))).with(csrf()));
		mvc.perform(post(page + "/vai-tro").param("role", "CITIZEN").with(user(as("admin"))).with(csrf()))
			.andExpect(flash().attribute("failed", "error.identity.role-not-for-kind"));
		mvc.perform(post(page + "/vai-tro/thu-hoi").param("role", "RECEPTION_OFFICER")
			.with(user(as("admin")))
			.with(csrf()));
		assertThat(directory.account(username).orElseThrow().roles()).containsExactly("SPECIALIST");
		mvc.perform(get(page).with(user(as("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Chuyên viên xử lý")));

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE reference = :u").param("u", username)
			.query(String.class)
			.list()).contains("identity.account.created", "identity.account.locked", "identity.account.unlocked",
					"identity.account.role-assigned", "identity.account.role-revoked");
	}

	@Test
	void creatingAnOfficialReportsEveryBrokenRule() throws Exception {
		mvc.perform(post("/quan-tri/tai-khoan/tao-moi").with(user(as("admin"))).with(csrf())
			.param("fullName", "")
			.param("username", "leader")
			.param("password", "leader12345")
			.param("agencyCode", "NO-SUCH")
			.param("role", "CITIZEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"#fullName\""),
					Matchers.containsString("href=\"#username\""), Matchers.containsString("href=\"#password\""),
					Matchers.containsString("href=\"#agencyCode\""), Matchers.containsString("href=\"#role\""))));
	}

	@Test
	void anAdministratorCannotLockHimself() throws Exception {
		mvc.perform(post("/quan-tri/tai-khoan/admin/khoa").with(user(as("admin"))).with(csrf()))
			.andExpect(flash().attribute("failed", "error.identity.cannot-lock-self"));
		assertThat(directory.account("admin").orElseThrow().locked()).isFalse();
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}
}
