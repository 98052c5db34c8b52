package vn.gov.cantho.egov.health.figures;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthRows;

/**
 * The figures page and API: HEALTH_STATS only (401 for an anonymous API caller, the login page for an anonymous
 * visitor, 403 for everyone else), both languages, dates written dd/MM/yyyy, and a refused period named in the error
 * summary or as a problem with its stable code.
 */
@IntegrationTest
class HealthFiguresAccessTest {

	static final String PASSWORD = "demo1234";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "health, 200", "leader, 200", "admin, 200", "citizen, 403", "checkpoint, 403", "officer, 403",
			"operator, 403" })
	void theApiIsForHealthStatsOnly(String username, int expected) throws Exception {
		mvc.perform(get("/api/v1/stats/health").param("from", "2026-05-01")
			.param("to", "2026-05-07")
			.with(httpBasic(username, PASSWORD))).andExpect(status().is(expected));
	}

	@Test
	void anAnonymousApiCallerIsAskedToAuthenticate() throws Exception {
		mvc.perform(get("/api/v1/stats/health").param("from", "2026-05-01").param("to", "2026-05-07"))
			.andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@CsvSource({ "health, 200", "leader, 200", "admin, 200", "citizen, 403", "checkpoint, 403", "officer, 403" })
	void thePageIsForHealthStatsOnly(String username, int expected) throws Exception {
		mvc.perform(get("/y-te/so-lieu").with(user(users.loadUserByUsername(username))))
			.andExpect(status().is(expected));
	}

	@Test
	void anAnonymousVisitorIsSentToLogIn() throws Exception {
		mvc.perform(get("/y-te/so-lieu")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
	}

	@Test
	void theApiAnswersTheFiguresOfThePeriod() throws Exception {
		LocalDate day = HealthRows.longAgo();
		mvc.perform(get("/api/v1/stats/health").param("from", day.toString())
			.param("to", day.plusDays(1).toString())
			.with(httpBasic("leader", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(day.toString()))
			.andExpect(jsonPath("$.perHour.length()").value(48))
			.andExpect(jsonPath("$.perHour[8].hour").value(day + "T08:00:00+07:00"))
			.andExpect(jsonPath("$.perDay.length()").value(2))
			.andExpect(jsonPath("$.perHourOfDay.length()").value(24))
			.andExpect(jsonPath("$.contacts.reached").isNumber())
			.andExpect(jsonPath("$.cases.activeDays").value(14));
	}

	@Test
	void aBackwardsPeriodIsAProblemWithItsCode() throws Exception {
		mvc.perform(get("/api/v1/stats/health").param("from", "2026-05-07")
			.param("to", "2026-05-01")
			.with(httpBasic("health", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value(HealthFiguresService.INVALID_PERIOD))
			.andExpect(jsonPath("$.field").value("to"));
	}

	@Test
	void thePageShowsTheFiguresInVietnameseWithDatesDayFirst() throws Exception {
		mvc.perform(get("/y-te/so-lieu").param("from", "2026-05-01")
			.param("to", "2026-05-03")
			.with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Số liệu phòng chống dịch"),
					containsString("Từ 01/05/2026 đến 03/05/2026"), containsString("Lượt quét mã theo giờ trong ngày"),
					containsString("id=\"hour-23\""), containsString("id=\"day-2026-05-03\""),
					containsString("Tỷ lệ dương tính"), containsString("id=\"figure-contacts-reached\""),
					containsString("tổ truy vết đã ghi nhận liên hệ"))));
	}

	@Test
	void thePageShowsTheFiguresInEnglish() throws Exception {
		mvc.perform(get("/y-te/so-lieu").param("from", "2026-05-01")
			.param("to", "2026-05-03")
			.param("lang", "en")
			.with(user(users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Outbreak figures"),
					containsString("From 01/05/2026 to 03/05/2026"), containsString("Check-ins by hour of the day"),
					containsString("Positive rate"), not(containsString("Số liệu phòng chống dịch")))));
	}

	@Test
	void aRefusedPeriodIsNamedInTheErrorSummary() throws Exception {
		mvc.perform(get("/y-te/so-lieu").param("from", "2026-05-07")
			.param("to", "2026-05-01")
			.with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."),
					not(containsString("id=\"figures-summary\"")))));
		mvc.perform(get("/y-te/so-lieu").param("from", "hôm qua").with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#from\""), containsString("Ngày không hợp lệ"))));
	}
}
