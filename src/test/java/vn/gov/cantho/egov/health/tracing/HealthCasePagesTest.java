package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * The officer's pages: record a case by scanning the personal code, see it in the list, give a purpose to see its F1
 * and F2 (times as dd/MM/yyyy HH:mm, phone links), download the CSV; errors listed in a summary linked to each field;
 * Vietnamese and English.
 */
@IntegrationTest
class HealthCasePagesTest {

	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(DailyPartitions.ZONE);
	static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(DailyPartitions.ZONE);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HealthCodes codes;

	TracingFixtures fixtures;
	CaseScenario town;
	UserDetails health;

	@BeforeEach
	void town() {
		fixtures = new TracingFixtures(jdbc);
		town = new CaseScenario(fixtures);
		health = users.loadUserByUsername("health");
	}

	@Test
	void anOfficerRecordsACaseByItsScannedCodeAndReadsItsContactsForAPurpose() throws Exception {
		mvc.perform(get("/y-te/ca-benh/moi").with(user(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"personCode\""), containsString("autofocus"),
					containsString("type=\"date\""), containsString("inputmode=\"numeric\""))));
		MvcResult recorded = mvc.perform(post("/y-te/ca-benh/moi").with(user(health)).with(csrf())
			.param("personCode", codes.issuePersonal(fixtures.ref(town.theCase)).token())
			.param("fromDate", DAY.format(town.from))
			.param("fromTime", "00:00")
			.param("untilDate", DAY.format(town.until))
			.param("untilTime", "00:00")
			.param("reason", "PCR dương tính"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = recorded.getResponse().getRedirectedUrl();
		assertThat(location).matches("/y-te/ca-benh/F0-\\d{6}-\\d{4}");
		String code = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(get("/y-te/ca-benh").with(user(health)))
			.andExpect(content().string(allOf(containsString(code), containsString("Ca bệnh thử nghiệm"))));
		mvc.perform(get(location).with(user(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"count-f1\">2<"), containsString("id=\"count-f2\">1<"),
					containsString("id=\"purpose\""), not(containsString("Nguyễn Văn X")))));
		mvc.perform(get(location).param("purpose", "Gọi điện thông báo cách ly").param("generation", "2")
			.with(user(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nguyễn Văn X"), containsString("Lê Văn Z"),
					not(containsString("Trần Thị Y")), containsString("href=\"tel:"),
					containsString(AT.format(TracingFixtures.at(town.day, 10, 0))),
					containsString("id=\"f2-table\""), containsString("tiep-xuc.csv?generation=2"))));
		mvc.perform(get(location).param("purpose", "Chỉ F1").param("generation", "1").with(user(health)))
			.andExpect(content().string(allOf(containsString("Nguyễn Văn X"), not(containsString("Lê Văn Z")),
					not(containsString("id=\"f2-table\"")))));
		mvc.perform(get(location + "/tiep-xuc.csv").param("purpose", "Gửi phường").param("generation", "2")
			.with(user(health)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-tiep-xuc.csv\""))
			.andExpect(content().string(containsString("\"'=HYPERLINK(")));
		assertThat(jdbc.sql("SELECT action || ' ' || purpose FROM health_trace_log WHERE case_code = :c ORDER BY id")
			.param("c", code).query(String.class).list())
			.containsExactly("OPENED PCR dương tính", "TRACED PCR dương tính", "READ Gọi điện thông báo cách ly",
					"READ Chỉ F1", "EXPORTED Gửi phường");
	}

	@Test
	void errorsAreListedInASummaryLinkedToTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(post("/y-te/ca-benh/moi").with(user(health)).with(csrf())
			.param("idNumber", "")
			.param("fromDate", DAY.format(town.until))
			.param("fromTime", "10:00")
			.param("untilDate", DAY.format(town.from))
			.param("untilTime", "10:00")
			.param("reason", "Lý do đã gõ"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#personCode\""),
					containsString("href=\"#untilDate\""), containsString("Thời điểm kết thúc phải sau thời điểm bắt đầu"),
					containsString("Lý do đã gõ"))));
		mvc.perform(post("/y-te/ca-benh/moi").with(user(health)).with(csrf())
			.param("personCode", "P1.khong-phai-ma")
			.param("fromDate", "31/02/2027")
			.param("untilDate", "")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#fromDate\""), containsString("href=\"#untilDate\""),
					containsString("Ngày hoặc giờ không đúng"))));
	}

	@Test
	void aBlankPurposeShowsNoContactsButAnError() throws Exception {
		String code = new HealthCaseApiTestHelper(mvc).open(fixtures.ref(town.theCase), town);
		mvc.perform(get("/y-te/ca-benh/" + code).param("purpose", " ").with(user(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#purpose\""),
					containsString("Hãy nhập mục đích xem danh sách tiếp xúc"), not(containsString("Nguyễn Văn X")))));
	}

	@Test
	void thePagesSpeakEnglishToo() throws Exception {
		mvc.perform(get("/y-te/ca-benh/moi").param("lang", "en").with(user(health)))
			.andExpect(content().string(allOf(containsString("Record a confirmed case (F0)"),
					containsString("Personal code"))));
	}

	@Test
	void anUnknownCaseIsNotFound() throws Exception {
		mvc.perform(get("/y-te/ca-benh/F0-000101-9999").with(user(health))).andExpect(status().isNotFound());
	}
}
