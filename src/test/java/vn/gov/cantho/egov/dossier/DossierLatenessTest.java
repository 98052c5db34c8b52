package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.dossier.domain.LatenessJob;

/**
 * Lateness: the job flags dossiers past their appointment once, whichever of several nodes runs it; the official
 * apologises once with a new working day, and the applicant is told. Appointments are moved into the past in the
 * database, standing for the days that would have gone by.
 */
@IntegrationTest
class DossierLatenessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LatenessJob lateness;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	DossierApiClient api;

	@BeforeEach
	void client() {
		api = new DossierApiClient(mvc);
	}

	@Test
	void overdueDossiersAreFlaggedOnceEvenByConcurrentNodes() throws Exception {
		String code = receivedAndAssigned();
		String waiting = receivedAndAssigned();
		api.act("specialist", waiting, "request-supplement", Map.of("comment", "Thiếu ảnh"));
		appointmentPassed(code);
		appointmentPassed(waiting);

		ExecutorService nodes = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				runs.add(lateness::flagOverdue);
			}
			for (Future<Integer> run : nodes.invokeAll(runs)) {
				run.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}
		lateness.flagOverdue();

		assertThat(audits("dossier.overdue", code)).isEqualTo(1);
		assertThat(audits("dossier.overdue", waiting)).as("the clock stops during a supplement").isZero();
		assertThat(jdbc.sql("SELECT overdue_since FROM dossier WHERE code = :c")
			.param("c", code)
			.query(OffsetDateTime.class)
			.single()).isNotNull();
		api.dossier("specialist", code).andExpect(jsonPath("$.overdue").value(true));
		assertThat(api.inQueue("specialist", code, line -> line.get("overdue").asBoolean(), "overdue", "true"))
			.isTrue();
	}

	@Test
	void anOverdueDossierGetsOneApologyWithANewWorkingDay() throws Exception {
		String code = receivedAndAssigned();
		LocalDate newDate = calendar.addWorkingDays(LocalDate.now(clock), 3);
		Map<String, Object> apology = Map.of("comment", "Chờ kết quả xác minh nhân thân", "newDueDate",
				newDate.toString());

		api.act("specialist", code, "apologise", apology)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.apology-not-due"));
		String due = api.read(api.dossier("specialist", code)).get("dueAt").asString();
		appointmentPassed(code);
		api.dossier("specialist", code).andExpect(jsonPath("$.availableActions").value(hasItem("APOLOGISE")));
		api.act("specialist", code, "apologise", Map.of("comment", "Chờ xác minh"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.new-due-date-required"));
		api.act("officer", code, "apologise", apology).andExpect(status().isForbidden());

		api.act("specialist", code, "apologise", apology)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PROCESSING"))
			.andExpect(jsonPath("$.apologised").value(true))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.dueAt").value(startsWith(newDate.toString())));
		assertThat(due).isNotBlank();
		Map<String, Object> message = new QueuedMessages(jdbc).await(code, "dossier-apologised", 1).get(0);
		assertThat((String) message.get("BODY")).contains("Chờ kết quả xác minh nhân thân",
				String.format("%02d/%02d/%d", newDate.getDayOfMonth(), newDate.getMonthValue(), newDate.getYear()));

		api.act("leader", code, "apologise", Map.of("comment", "Lần nữa", "newDueDate",
				calendar.addWorkingDays(newDate, 2).toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.already-apologised"));
	}

	@Test
	void theNewDateMustBeAWorkingDayAfterTheAppointment() throws Exception {
		String code = receivedAndAssigned();
		appointmentPassed(code);
		LocalDate today = LocalDate.now(clock);
		LocalDate dayOff = today.plusDays(1);
		while (calendar.isWorkingDay(dayOff)) {
			dayOff = dayOff.plusDays(1);
		}
		api.act("specialist", code, "apologise", Map.of("comment", "x", "newDueDate", today.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.new-due-date-too-early"))
			.andExpect(jsonPath("$.field").value("newDueDate"));
		api.act("specialist", code, "apologise", Map.of("comment", "x", "newDueDate", dayOff.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.new-due-date-not-working-day"));
	}

	private String receivedAndAssigned() throws Exception {
		String code = api.submitPassport();
		api.act("officer", code, "receive").andExpect(status().isOk());
		api.act("officer", code, "assign", Map.of("assignee", "specialist")).andExpect(status().isOk());
		return code;
	}

	/** The appointment was two days ago: what the calendar would bring about after enough working days. */
	private void appointmentPassed(String code) {
		OffsetDateTime past = OffsetDateTime.now(clock).minus(Duration.ofDays(2));
		jdbc.sql("UPDATE dossier SET due_at = :past, original_due_at = :past WHERE code = :code")
			.param("past", past)
			.param("code", code)
			.update();
	}

	private long audits(String action, String code) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND reference = :c")
			.param("a", action)
			.param("c", code)
			.query(Long.class)
			.single();
	}
}
