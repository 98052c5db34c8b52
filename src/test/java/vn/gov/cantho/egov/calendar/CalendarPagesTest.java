package vn.gov.cantho.egov.calendar;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/** The public list of days off and the administrator's page of decisions. */
@IntegrationTest
class CalendarPagesTest {

	private static final String ADMIN_PAGE = "/quan-tri/lich-lam-viec";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	final int year = 2100 + new Random().nextInt(100);

	final LocalDate juneSaturday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));

	RequestPostProcessor admin() {
		return user(users.loadUserByUsername("admin"));
	}

	@AfterEach
	void removeTheDecision() throws Exception {
		mvc.perform(post(ADMIN_PAGE + "/xoa").with(csrf()).with(admin()).param("date", juneSaturday.toString()));
	}

	@Test
	void theHolidaysPageIsPublicInBothLanguages() throws Exception {
		mvc.perform(get("/lich-nghi").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lịch nghỉ lễ năm 2026"), containsString("17/02/2026"),
					containsString("Tết Âm lịch"), containsString("Nghỉ bù Giỗ Tổ Hùng Vương"),
					containsString("27/04/2026"), containsString("15:00"))));
		mvc.perform(get("/lich-nghi").param("year", "2026").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Public holidays 2026"),
					containsString("Lunar New Year (Tết)"), containsString("Tuesday"))));
		mvc.perform(get("/lich-nghi").param("year", "1066")).andExpect(status().isBadRequest());
	}

	@Test
	void onlyCalendarManagersOpenTheAdminPage() throws Exception {
		mvc.perform(get(ADMIN_PAGE).with(admin())).andExpect(status().isOk());
		mvc.perform(get(ADMIN_PAGE).with(user(users.loadUserByUsername("citizen")))).andExpect(status().isForbidden());
		mvc.perform(get(ADMIN_PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
		mvc.perform(post(ADMIN_PAGE).with(csrf())
			.with(user(users.loadUserByUsername("citizen")))
			.param("date", juneSaturday.toString())
			.param("workingDay", "true")
			.param("nameVi", "x")
			.param("nameEn", "y")).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri").with(admin())).andExpect(content().string(containsString(ADMIN_PAGE)));
	}

	@Test
	void anAdministratorAddsAWorkingSaturdayAndRemovesIt() throws Exception {
		String shown = juneSaturday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(post(ADMIN_PAGE).with(csrf())
			.with(admin())
			.param("date", juneSaturday.toString())
			.param("workingDay", "true")
			.param("nameVi", "Làm bù thứ Bảy")
			.param("nameEn", "Make-up Saturday"))
			.andExpect(redirectedUrl(ADMIN_PAGE + "?year=" + year))
			.andExpect(flash().attribute("recorded", juneSaturday));
		mvc.perform(get(ADMIN_PAGE).param("year", String.valueOf(year)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("decision-" + juneSaturday),
					containsString("Làm bù thứ Bảy"), containsString("Make-up Saturday"), containsString(shown))));
		mvc.perform(get("/lich-nghi").param("year", String.valueOf(year)))
			.andExpect(content().string(allOf(containsString("Làm bù thứ Bảy"), containsString("Theo quyết định"))));

		mvc.perform(post(ADMIN_PAGE + "/xoa").with(csrf()).with(admin()).param("date", juneSaturday.toString()))
			.andExpect(redirectedUrl(ADMIN_PAGE + "?year=" + year))
			.andExpect(flash().attribute("removed", juneSaturday));
		mvc.perform(get(ADMIN_PAGE).param("year", String.valueOf(year)).with(admin()))
			.andExpect(content().string(not(containsString("decision-" + juneSaturday))));
	}

	@Test
	void aBrokenFormListsEveryErrorAndKeepsTheInput() throws Exception {
		mvc.perform(post(ADMIN_PAGE).with(csrf())
			.with(admin())
			.param("year", "2031")
			.param("date", "31/02/2027")
			.param("nameVi", "")
			.param("nameEn", "Kept in English"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#date\""),
					containsString("Ngày không hợp lệ."), containsString("href=\"#workingDay\""),
					containsString("href=\"#nameVi\""), not(containsString("href=\"#nameEn\"")),
					not(containsString("Hãy nhập ngày.")), containsString("Kept in English"),
					containsString("31/02/2027"), containsString("Lịch làm việc năm 2031"))));
	}

	@Test
	void aSecondDecisionForTheSameDayIsRefusedOnTheForm() throws Exception {
		for (int attempt = 0; attempt < 2; attempt++) {
			mvc.perform(post(ADMIN_PAGE).with(csrf())
				.with(admin())
				.param("date", juneSaturday.toString())
				.param("workingDay", "true")
				.param("nameVi", "Làm bù")
				.param("nameEn", "Make-up day"));
		}
		mvc.perform(post(ADMIN_PAGE).with(csrf())
			.with(admin())
			.param("date", juneSaturday.toString())
			.param("workingDay", "false")
			.param("nameVi", "Nghỉ")
			.param("nameEn", "Off")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#date\""),
					containsString("There is already a decision for"))));
	}
}
