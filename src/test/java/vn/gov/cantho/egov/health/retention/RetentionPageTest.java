package vn.gov.cantho.egov.health.retention;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/** The page of data held: for HEALTH_STATS only, in Vietnamese and English, dates written dd/MM/yyyy. */
@IntegrationTest
class RetentionPageTest {

	static final String PAGE = "/y-te/du-lieu-luu-giu";
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RetentionSchedule schedule;

	@Autowired
	DailyPartitions partitions;

	@Test
	void healthOfficersSeeWhatIsHeldAndUntilWhenInVietnamese() throws Exception {
		String firstKept = DATE.format(schedule.firstKeptDay(schedule.today()));
		String nextRun = DATE.format(schedule.nextRun().atZone(DailyPartitions.ZONE));
		mvc.perform(get(PAGE).with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dữ liệu cá nhân đang lưu giữ"),
					containsString("id=\"held-health-held-check-ins\""),
					containsString("id=\"held-health-held-declarations\""), containsString("Khai báo y tế"),
					containsString("21 ngày trọn"), containsString(firstKept), containsString(nextRun))));
	}

	@Test
	void everyPartHoldingPersonalDataIsListed() throws Exception {
		mvc.perform(get(PAGE).with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"held-health-held-cases\""),
					containsString("id=\"held-health-held-contacts\""),
					containsString("id=\"held-health-held-test-results\""),
					containsString("id=\"held-health-held-test-registrations\""), containsString("Ca bệnh (F0)"),
					containsString("Đăng ký xét nghiệm có kết quả"), not(containsString("??")))));
	}

	@Test
	void thePartitionsAreListedOnPostgresql() throws Exception {
		String body = mvc.perform(get(PAGE).with(user(users.loadUserByUsername("health"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String today = "id=\"partition-" + schedule.today() + "\"";
		org.assertj.core.api.Assertions.assertThat(body.contains(today)).isEqualTo(partitions.partitioned());
	}

	@Test
	void theEnglishPageSaysTheSame() throws Exception {
		mvc.perform(get(PAGE).param("lang", "en").with(user(users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Personal data held"), containsString("Check-ins"),
					containsString("Health declarations"), containsString("21 whole days"),
					not(containsString("Lượt quét mã")))));
	}

	@ParameterizedTest
	@CsvSource({ "health, 200", "leader, 200", "admin, 200", "citizen, 403", "checkpoint, 403", "officer, 403" })
	void onlyHealthStatsMayOpenIt(String username, int expected) throws Exception {
		mvc.perform(get(PAGE).with(user(users.loadUserByUsername(username)))).andExpect(status().is(expected));
	}

	@Test
	void anonymousVisitorsAreSentToLogIn() throws Exception {
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
	}
}
