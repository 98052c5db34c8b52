package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Figures of March 2020 for two agencies made up for the test, worked out by hand (see each row's comment), through
 * the API. The rows are written straight into the table with the dates the workflow would have given them.
 */
@IntegrationTest
class DossierFiguresTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String agency;
	String other;
	int sequence;

	@BeforeEach
	void agencies() {
		String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		agency = "FIG-" + run;
		other = "FIGB-" + run;
	}

	@Test
	void channelsOnTimeRateByThe766RuleAndHandlingTime() throws Exception {
		// 1 online, returned on time, 6 working days: on time, completed
		row(agency, "ONLINE", "RETURNED", at(3, 2), at(3, 12), at(3, 10), 0, null, 6);
		// 2 counter, result ready after its appointment: late, completed
		row(agency, "COUNTER", "RESULT_READY", at(3, 3), at(3, 13), at(3, 16), 0, null, 9);
		// 3 online, on time but after two supplement requests: late, completed
		row(agency, "ONLINE", "RETURNED", at(3, 4), at(3, 20), at(3, 18), 2, null, 8);
		// 4 post, still open at the end of March and due on the 25th: late
		row(agency, "POST", "PROCESSING", at(3, 5), at(3, 25), null, 0, null, null);
		// 5 online, open, due in April: on time at the end of March
		row(agency, "ONLINE", "PROCESSING", at(3, 20), at(4, 10), null, 0, null, null);
		// 6 online, waiting for a supplement asked on the 16th, before its appointment of the 27th: on time
		row(agency, "ONLINE", "SUPPLEMENT_REQUESTED", at(3, 6), at(3, 27), null, 1, at(3, 16), null);
		// 7 counter, stopped before its appointment: on time, not completed
		row(agency, "COUNTER", "STOPPED", at(3, 9), at(3, 19), at(3, 11), 0, null, null);
		// 8 online, withdrawn: counted as received, not judged
		row(agency, "ONLINE", "WITHDRAWN", at(3, 10), at(3, 20), at(3, 11), 0, null, null);
		// 9 counter, received at 23:59 on the last day, due in April: on time
		row(agency, "COUNTER", "RECEIVED", LocalDateTime.of(2020, 3, 31, 23, 59), at(4, 15), null, 0, null, null);
		// outside the period: the day before, and midnight after the last day
		row(agency, "ONLINE", "RETURNED", at(2, 29), at(3, 5), at(3, 2), 0, null, 3);
		row(agency, "ONLINE", "PROCESSING", LocalDateTime.of(2020, 4, 1, 0, 0), at(4, 20), null, 0, null, null);
		// another agency: one late dossier
		row(other, "COUNTER", "RESULT_READY", at(3, 2), at(3, 5), at(3, 6), 0, null, 4);

		// received 9 (5 online, 3 counter, 1 post); judged 8, on time 1, 5, 6, 7, 9; completed 1, 2, 3: (6+9+8)/3
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.param("to", "2020-03-31")
			.param("agency", agency)
			.with(httpBasic("admin", DossierApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(9))
			.andExpect(jsonPath("$.online").value(5))
			.andExpect(jsonPath("$.counter").value(3))
			.andExpect(jsonPath("$.post").value(1))
			.andExpect(jsonPath("$.onlineShare").value(55.56))
			.andExpect(jsonPath("$.decided").value(3))
			.andExpect(jsonPath("$.onTime").value(5))
			.andExpect(jsonPath("$.onTimeRate").value(62.5))
			.andExpect(jsonPath("$.averageHandlingWorkingDays").value(7.67))
			.andExpect(jsonPath("$.agencies.length()").value(1))
			.andExpect(jsonPath("$.agencies[0].agencyCode").value(agency))
			.andExpect(jsonPath("$.agencies[0].judged").value(8));

		var all = mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.param("to", "2020-03-31")
			.with(httpBasic("admin", DossierApiClient.PASSWORD))).andExpect(status().isOk());
		String body = all.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("\"agencyCode\":\"" + agency + "\"", "\"agencyCode\":\"" + other + "\"");
	}

	@Test
	void callersSeeOnlyTheAgenciesInTheirScope() throws Exception {
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.param("to", "2020-03-31")
			.param("agency", "CA-XNC")
			.with(httpBasic("leader.caikhe", DossierApiClient.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.other-agency"));
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.param("to", "2020-03-31")
			.with(httpBasic("leader.caikhe", DossierApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies[*].agencyCode").value(
					everyItem(is("UBND-CAIKHE"))));
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.param("to", "2020-03-31")
			.with(httpBasic("specialist", DossierApiClient.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-31")
			.param("to", "2020-03-01")
			.with(httpBasic("admin", DossierApiClient.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.invalid-period"));
		mvc.perform(get("/api/v1/stats/dossiers").param("from", "2020-03-01")
			.with(httpBasic("admin", DossierApiClient.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("missing-parameter"));
	}

	/** 10:00 on a day of 2020, Vietnam time. */
	private static LocalDateTime at(int month, int day) {
		return LocalDateTime.of(2020, month, day, 10, 0);
	}

	private void row(String agencyCode, String channel, String state, LocalDateTime received, LocalDateTime due,
			LocalDateTime finished, int supplements, LocalDateTime supplementAsked, Integer handlingDays) {
		String code = agencyCode + "-200301-" + String.format("%04d", ++sequence);
		jdbc.sql("""
				INSERT INTO dossier (code, procedure_code, procedure_name_vi, agency_code, time_limit_kind,
				    time_limit_days, state, channel, submitted_by, idempotency_key, applicant_name, applicant_phone,
				    form_values, delivery, language, fee, submitted_at, received_at, due_at, original_due_at,
				    finished_at, handling_days, apologised, supplement_requests, supplement_requested_at,
				    supplement_days, version)
				VALUES (:code, '1.001456', 'Thủ tục thử', :agency, 'WORKING_DAYS', 8, :state, :channel, 'figures-test',
				    :code, 'Người thử (test)', '0901234567', '{}', 'COUNTER', 'vi', 0, :received, :received, :due, :due,
				    :finished, :handling, FALSE, :supplements, :asked, 0, 1)""")
			.param("code", code)
			.param("agency", agencyCode)
			.param("state", state)
			.param("channel", channel)
			.param("received", offset(received))
			.param("due", offset(due))
			.param("finished", offset(finished))
			.param("handling", handlingDays)
			.param("supplements", supplements)
			.param("asked", offset(supplementAsked))
			.update();
	}

	private static OffsetDateTime offset(LocalDateTime local) {
		return local == null ? null : local.atZone(VIETNAM).toOffsetDateTime();
	}
}
