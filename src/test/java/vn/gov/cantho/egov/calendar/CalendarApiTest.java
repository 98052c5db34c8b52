package vn.gov.cantho.egov.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/** The public calendar API, called without logging in, and its answers to bad input. */
@IntegrationTest
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void holidaysOf2026ListTetHungKingsAndTheDaysInLieu() throws Exception {
		mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026").header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[*].date", hasItems("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-20",
					"2026-04-27", "2026-04-30", "2026-05-01", "2026-09-02", "2026-09-03")))
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].nameVi", hasItems("Tết Âm lịch")))
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].nameEn", hasItems("Lunar New Year (Tết)")))
			.andExpect(jsonPath("$[?(@.date == '2026-04-27')].nameVi", hasItems("Nghỉ bù Giỗ Tổ Hùng Vương")))
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].workingDay", hasItems(false)))
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].source", hasItems("COMPUTED")))
			.andExpect(jsonPath("$[0].date").value("2026-01-01"));
	}

	@Test
	void holidaysOnAWeekendAreNotListedButTheirDaysInLieuAre() throws Exception {
		// Hùng Kings' day 2026 is Sunday 26/04: the weekend is off anyway; Monday 27/04 is the day in lieu.
		mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.date == '2026-04-26')]").isEmpty())
			.andExpect(jsonPath("$[*].workingDay", everyItem(is(false))));
	}

	@Test
	void addingWorkingDaysAnswersExactlyOneDate() throws Exception {
		// Tết 2027 is Saturday 06/02: off 05/02 to 09/02 and, in lieu of the weekend, 10/02 and 11/02.
		mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2027-02-01").param("days", "5"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"date\":\"2027-02-15\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-14").param("days", "0"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"date\":\"2026-02-23\"}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@ParameterizedTest(name = "{0} -> {1} on {2}")
	@CsvSource({ "/api/v1/calendar/holidays, missing-parameter, year",
			"/api/v1/calendar/holidays?year=abc, invalid-parameter, year",
			"/api/v1/calendar/holidays?year=1899, invalid-parameter, year",
			"/api/v1/calendar/holidays?year=2200, invalid-parameter, year",
			"/api/v1/calendar/add-working-days?from=2027-02-01&days=-1, invalid-parameter, days",
			"/api/v1/calendar/add-working-days?from=2027-02-01&days=3651, invalid-parameter, days",
			"/api/v1/calendar/add-working-days?from=2027-02-01&days=five, invalid-parameter, days",
			"/api/v1/calendar/add-working-days?from=2027-02-01, missing-parameter, days",
			"/api/v1/calendar/add-working-days?from=2027-02-30&days=1, invalid-parameter, from",
			"/api/v1/calendar/add-working-days?from=01/02/2027&days=1, invalid-parameter, from",
			"/api/v1/calendar/add-working-days?from=1850-01-01&days=1, invalid-parameter, from",
			"/api/v1/calendar/add-working-days?days=1, missing-parameter, from" })
	void badInputIsAProblemNamingTheField(String url, String code, String field) throws Exception {
		mvc.perform(get(url).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.title", containsString(field)));
	}

	@Test
	void theLargestCountIsAccepted() throws Exception {
		mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2027-02-01").param("days", "3650"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date", containsString("-")));
	}

	@Test
	void bothOperationsAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/holidays'].get.parameters[0].name").value("year"))
			.andExpect(jsonPath("$.paths['/api/v1/calendar/add-working-days'].get").exists());
	}
}
