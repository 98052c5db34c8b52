package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Scope;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The flow on the pages: the citizen registers and sees the code, staff scan the code and take the sample, the
 * laboratory enters the result, and the person reads it with the code and date of birth; refusals come back in the
 * error summary, translated, each naming and linking its field, in Vietnamese and English.
 */
@IntegrationTest
class TestingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	TestingFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new TestingFixtures(mvc, jdbc, clock);
	}

	@Test
	void theWholeFlowOnThePages() throws Exception {
		String citizen = fx.citizen();
		String token = fx.declare(citizen);
		String site = fx.site(6);
		String form = page(as(citizen, get("/xet-nghiem/dang-ky").param("siteCode", site)
			.param("day", fx.tomorrow().toString())));
		assertThat(form).contains("07:30–08:00", "id=\"slot-07:30\"", "Lê Thị Xét (kiểm thử)");
		MvcResult registered = mvc.perform(as(citizen, post("/xet-nghiem/dang-ky")).with(csrf())
			.param("siteCode", site)
			.param("day", fx.tomorrow().toString())
			.param("slotStartsAt", fx.firstSlot().toString())
			.param("reason", "TRAVEL")
			.param("fullName", "Lê Thị Xét")
			.param("dateOfBirth", "08/03/1990")
			.param("phone", "0912345678")).andExpect(redirectedUrl("/xet-nghiem")).andReturn();
		String code = (String) registered.getFlashMap().get("registeredCode");
		assertThat(code).startsWith("XN-");
		assertThat(page(as(citizen, get("/xet-nghiem")))).contains(code, "Đi lại, về từ nơi khác", "id=\"cancel-" + code);

		fx.slotNow(code);
		String scanned = page(as("health", post("/xet-nghiem/lay-mau")).with(csrf())
			.param("siteCode", site)
			.param("personalCode", token));
		assertThat(scanned).contains(code, "Lê Thị Xét", "08/03/1990", "id=\"sample-" + code);
		MvcResult sampled = mvc.perform(as("health", post("/xet-nghiem/lay-mau/mau")).with(csrf())
			.param("siteCode", site)
			.param("personalCode", token)
			.param("registrationCode", code)).andExpect(status().is3xxRedirection()).andReturn();
		String sample = (String) sampled.getFlashMap().get("sampleCode");
		assertThat(sample).startsWith("MX-");

		mvc.perform(as("health", post("/xet-nghiem/ket-qua")).with(csrf())
			.param("code", sample)
			.param("outcome", "POSITIVE")
			.param("labName", "CDC Cần Thơ")).andExpect(redirectedUrl("/xet-nghiem/ket-qua?ma=" + code));
		String staffView = page(as("health", get("/xet-nghiem/ket-qua").param("ma", code)));
		assertThat(staffView).contains("Dương tính", "CDC Cần Thơ", "id=\"correction-form\"", "id=\"case-form\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.test.result.read' AND reference = :c")
			.param("c", code)
			.query(Long.class)
			.single()).isPositive();

		MvcResult lookup = mvc.perform(post("/xet-nghiem/tra-cuu").with(csrf())
			.param("code", code)
			.param("dateOfBirth", "1990-03-08"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		assertThat(lookup.getResponse().getContentAsString()).contains("Dương tính", "id=\"result-advice\"");
	}

	@Test
	void aWrongDateOfBirthOnTheLookupPageSaysWhatAnUnknownCodeSays() throws Exception {
		String citizen = fx.citizen();
		fx.declare(citizen);
		String code = fx.register(citizen, fx.site(2));
		String wrong = page(post("/xet-nghiem/tra-cuu").with(csrf()).param("code", code).param("dateOfBirth",
				"1990-03-09"));
		String unknown = page(post("/xet-nghiem/tra-cuu").with(csrf()).param("code", "XN-000101-ZZZZZZ")
			.param("dateOfBirth", "1990-03-08"));
		String message = "Mã đăng ký hoặc ngày sinh không đúng";
		assertThat(wrong).contains(message, "href=\"#code\"").doesNotContain("id=\"result\"");
		assertThat(unknown).contains(message, "href=\"#code\"").doesNotContain("id=\"result\"");
	}

	@Test
	void refusalsNameTheirFieldsInVietnameseAndEnglish() throws Exception {
		String citizen = fx.citizen();
		fx.declare(citizen);
		String vi = page(as(citizen, post("/xet-nghiem/dang-ky")).with(csrf()).param("fullName", " ")
			.param("phone", "12345"));
		assertThat(vi).contains("href=\"#fullName\"", "Hãy nhập họ và tên.", "href=\"#dateOfBirth\"",
				"Hãy nhập ngày sinh.", "href=\"#reason\"", "Hãy chọn lý do xét nghiệm.", "href=\"#phone\"",
				"Số điện thoại di động không hợp lệ", "href=\"#siteCode\"", "Hãy chọn điểm xét nghiệm.");
		String en = page(as(citizen, post("/xet-nghiem/dang-ky")).with(csrf()).cookie(new Cookie("egov-lang", "en"))
			.param("fullName", " "));
		assertThat(en).contains("href=\"#fullName\"", "Enter the full name.", "Enter the date of birth.",
				"Choose the reason for the test.");
		String sampling = page(as("health", post("/xet-nghiem/lay-mau")).with(csrf())
			.cookie(new Cookie("egov-lang", "en"))
			.param("personalCode", "P1.FORGED"));
		assertThat(sampling).contains("href=\"#personalCode\"").doesNotContain("id=\"person\"");
		String siteForm = page(as("health", post("/xet-nghiem/diem")).with(csrf()).param("name", "")
			.param("address", "x".repeat(301)));
		assertThat(siteForm).contains("Hãy nhập tên điểm.", "Ô địa chỉ dài quá 300 ký tự.", "href=\"#unitCode\"");
	}

	@Test
	void staffCreateASiteAndItsSlotsOnThePages() throws Exception {
		MvcResult created = mvc.perform(as("health", post("/xet-nghiem/diem")).with(csrf())
			.param("name", "Điểm trang thử")
			.param("address", "2 Hòa Bình")
			.param("unitCode", "31117")).andExpect(status().is3xxRedirection()).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/xet-nghiem/diem/DXN-[2-9A-HJ-NP-Z]{6}");
		mvc.perform(as("health", post(location + "/khung-gio")).with(csrf())
			.param("day", fx.tomorrow().toString())
			.param("from", "13:30")
			.param("until", "15:30")
			.param("everyMinutes", "60")
			.param("capacity", "20")).andExpect(status().is3xxRedirection());
		assertThat(page(as("health", get(location).param("ngay", fx.tomorrow().toString()))))
			.contains("Điểm trang thử", "13:30–14:30", "14:30–15:30");
	}

	@Test
	void someoneWithoutAPhoneIsFoundByIdNumberAndSampledAsAWalkIn() throws Exception {
		String site = fx.site(6);
		String idNumber = "092090" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
		String found = page(as("health", post("/xet-nghiem/lay-mau")).with(csrf())
			.param("siteCode", site)
			.param("idNumber", idNumber));
		assertThat(found).contains("id=\"person-ref\"", "id=\"none-today\"", "id=\"walk-in-form\"")
			.as("the ID number is not shown back").doesNotContain(idNumber);
		java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("name=\"personalCode\" value=\"(P1\\.[^\"]+)\"")
			.matcher(found);
		assertThat(hidden.find()).as("the walk-in form carries the person's code").isTrue();
		String code = hidden.group(1);
		java.util.regex.Matcher ref = java.util.regex.Pattern.compile("id=\"person-ref\">([^<]+)<").matcher(found);
		assertThat(ref.find()).isTrue();
		assertThat(page(as("health", post("/xet-nghiem/lay-mau")).with(csrf()).param("siteCode", site)
			.param("idNumber", idNumber))).as("the same number is the same person").contains(ref.group(1));

		MvcResult sampled = mvc.perform(as("health", post("/xet-nghiem/lay-mau/vang-lai")).with(csrf())
			.param("siteCode", site)
			.param("personalCode", code)
			.param("reason", "SYMPTOMS")
			.param("fullName", "Trần Văn Không Điện Thoại")
			.param("dateOfBirth", "01/02/1990")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) sampled.getFlashMap().get("sampleCode")).startsWith("MX-");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.person.looked-up' AND reference = :r")
			.param("r", ref.group(1)).query(Long.class).single()).isEqualTo(2);

		String refused = page(as("health", post("/xet-nghiem/lay-mau")).with(csrf()).param("siteCode", site)
			.param("idNumber", "12345"));
		assertThat(refused).contains("id=\"idNumber-error\"", "href=\"#idNumber\"").doesNotContain("id=\"person-ref\"");
	}

	@Test
	void samplingStaffMayLookUpAnIdNumberAndOtherOfficialsMayNot() {
		String idNumber = "092091" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
		Actor sampler = new Actor("lab.sampler", "Nhân viên lấy mẫu", AccountKind.OFFICIAL, "CDC", Set.of("LAB"),
				Set.of("HEALTH_TEST_MANAGE"), Scope.OWN_AGENCY);
		assertThat(people.codeForIdNumber(sampler, idNumber, null, null).token()).startsWith("P1.");
		Actor clerk = new Actor("clerk.no.health", "Cán bộ", AccountKind.OFFICIAL, "CDC", Set.of("CLERK"),
				Set.of("HEALTH_STATS"), Scope.OWN_AGENCY);
		assertThatThrownBy(() -> people.codeForIdNumber(clerk, idNumber, null, null))
			.isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.forbidden");
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username)));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
