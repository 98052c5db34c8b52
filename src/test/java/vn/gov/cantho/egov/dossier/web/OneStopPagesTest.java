package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;

/**
 * The one-stop pages of the immigration office: the queue, a dossier with one form per action, the whole workflow
 * posted action by action, refusals in the error summary, and nothing of another agency.
 */
@IntegrationTest
class OneStopPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	String code;
	DossierPages.Visitor browser;

	@BeforeEach
	void aNewPassportDossier() throws Exception {
		browser = new DossierPages.Visitor(mvc);
		code = DossierPages.submitOnline(mvc, catalogue.procedure(DossierPages.PASSPORT).orElseThrow(), as("citizen"));
	}

	@Test
	void theQueueListsTheAgencysNewDossiersWithFilters() throws Exception {
		mvc.perform(get("/mot-cua").param("state", "SUBMITTED").with(user(as("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chưa tiếp nhận"),
					containsString("id=\"counter-register\""))));
		assertThat(inQueue("officer", "state", "SUBMITTED")).isTrue();
		assertThat(inQueue("officer", "state", "RETURNED")).isFalse();
		assertThat(inQueue("specialist", "mine", "true")).isFalse();
		assertThat(inQueue("officer.caikhe")).isFalse();
		mvc.perform(get("/mot-cua").param("state", "NOT-A-STATE").with(user(as("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figures-link\"")));
	}

	/**
	 * Whether the new dossier is on any page of the caller's queue with these filters; the database may hold
	 * dossiers of earlier runs (PostgreSQL), so one page proves nothing either way.
	 */
	private boolean inQueue(String who, String... filters) throws Exception {
		for (int page = 0; page < 1000; page++) {
			var request = get("/mot-cua").param("page", String.valueOf(page)).with(user(as(who)));
			for (int i = 0; i + 1 < filters.length; i += 2) {
				request.param(filters[i], filters[i + 1]);
			}
			String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			if (html.contains(">" + code + "<")) {
				return true;
			}
			if (!html.contains("rel=\"next\"")) {
				return false;
			}
		}
		throw new AssertionError("the queue never ends");
	}

	@Test
	void officialsTakeTheDossierThroughTheWorkflowPageByPage() throws Exception {
		mvc.perform(get(page()).with(user(as("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"receive-form\""),
					containsString("id=\"refuse-form\""), not(containsString("id=\"approve-form\"")),
					containsString("to-khai.pdf"), containsString("0901234567"))));

		act("officer", "receive").andExpect(flash().attributeExists(DossierPageSupport.DONE));
		browser.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(allOf(containsString("id=\"action-done\""), containsString("id=\"assign-form\""),
					containsString("<option value=\"specialist\""))));
		act("officer", "assign", "assignee", "specialist").andExpect(flash().attributeExists(DossierPageSupport.DONE));
		act("specialist", "propose", "outcome", "GRANT", "comment", "Đủ điều kiện cấp hộ chiếu").andExpect(flash().attributeExists(DossierPageSupport.DONE));
		act("leader", "approve").andExpect(flash().attributeExists(DossierPageSupport.DONE));
		act("officer", "return-at-counter").andExpect(flash().attributeExists(DossierPageSupport.DONE));

		mvc.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(allOf(containsString(state("RETURNED")), containsString("id=\"no-actions\""),
					containsString("Chuyên viên Xuất nhập cảnh (demo)"))));
	}

	@Test
	void idNumbersAreMaskedUntilTheOfficialAsksAndTheReadIsAudited() throws Exception {
		mvc.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(allOf(containsString("********1234"), not(containsString("092095001234")),
					containsString("id=\"show-ids\""))));
		mvc.perform(get(page()).param("hienSo", "true").with(user(as("officer"))))
			.andExpect(content().string(containsString("092095001234")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'dossier.citizen-id.viewed' AND reference = :code")
			.param("code", code)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anActionNotAllowedNowIsReportedInTheErrorSummary() throws Exception {
		act("officer", "approve").andExpect(flash().attributeExists(FailedAction.FLASH));
		browser.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#approve-form\""))));
	}

	@Test
	void aRefusalWithoutAReasonLinksToTheReasonInput() throws Exception {
		var refused = act("officer", "refuse").andReturn();
		FailedAction failure = (FailedAction) refused.getFlashMap().get(FailedAction.FLASH);
		assertThat(failure.problems()).extracting(FailedAction.Problem::target).contains("refuse-comment");
		browser.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(containsString("href=\"#refuse-comment\"")));
	}

	@Test
	void aBadDateIsReportedOnTheDateInput() throws Exception {
		FailedAction failure = (FailedAction) act("specialist", "apologise", "newDueDate", "31/02/2027").andReturn()
			.getFlashMap()
			.get(FailedAction.FLASH);
		assertThat(failure.problems()).extracting(FailedAction.Problem::target).containsExactly("apologise-newDueDate");
	}

	@Test
	void anotherAgencysDossierDoesNotExistForItsOfficials() throws Exception {
		mvc.perform(get(page()).with(user(as("officer.caikhe")))).andExpect(status().isNotFound());
		mvc.perform(post(page() + "/receive").with(user(as("officer.caikhe"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get(page() + "/bien-nhan").with(user(as("leader.caikhe")))).andExpect(status().isNotFound());
	}

	@Test
	void theApologyExistsOnlyAfterAnApology() throws Exception {
		mvc.perform(get(page() + "/xin-loi").with(user(as("specialist")))).andExpect(status().isNotFound());
	}

	@Test
	void anOverdueDossierGetsAnApologyThatPrintsAsTemplate04() throws Exception {
		act("officer", "receive");
		act("officer", "assign", "assignee", "specialist");
		// The days that would have gone by: the appointment is moved into the past.
		OffsetDateTime past = OffsetDateTime.now(clock).minusDays(2);
		jdbc.sql("UPDATE dossier SET due_at = :past, original_due_at = :past WHERE code = :code")
			.param("past", past)
			.param("code", code)
			.update();
		browser.perform(get(page()).with(user(as("specialist"))))
			.andExpect(content().string(allOf(containsString("id=\"apologise-form\""),
					containsString("type=\"date\""))));
		LocalDate newDate = calendar.addWorkingDays(LocalDate.now(clock), 3);
		act("specialist", "apologise", "comment", "Chờ kết quả xác minh nhân thân", "newDueDate", newDate.toString())
			.andExpect(flash().attributeExists(DossierPageSupport.DONE));
		mvc.perform(get(page() + "/xin-loi").with(user(as("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mẫu số 04"),
					containsString("Chờ kết quả xác minh nhân thân"),
					containsString(newDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
					containsString(past.atZoneSameInstant(clock.getZone())
						.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
					containsString("Nguyễn Văn An"))));
		browser.perform(get(page()).with(user(as("officer"))))
			.andExpect(content().string(containsString("id=\"apology-link\"")));
	}

	@Test
	void officialsDownloadTheFilesAsAttachments() throws Exception {
		String html = mvc.perform(get(page()).with(user(as("officer")))).andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("href=\"(/mot-cua/ho-so/[^\"]+/tep/[^\"]+)\"").matcher(html);
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group(1)).with(user(as("officer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(DossierPages.pdf()));
	}

	@Test
	void theOfficialReceiptIsPrintable() throws Exception {
		act("officer", "receive");
		mvc.perform(get(page() + "/bien-nhan").with(user(as("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("/css/dossier.css"),
					containsString("js-print"), not(containsString(messages.getMessage("dossier.web.receipt.dueLater",
							null, Locale.forLanguageTag("vi")))))));
	}

	@Test
	void citizensCannotOpenTheOneStopPages() throws Exception {
		mvc.perform(get(page()).with(user(as("citizen")))).andExpect(status().isForbidden());
		mvc.perform(post(page() + "/receive").with(user(as("citizen"))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions act(String who, String action, String... params)
			throws Exception {
		var request = post(page() + "/" + action).with(user(as(who))).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return browser.perform(request).andExpect(redirectedUrl(page()));
	}

	private String page() {
		return "/mot-cua/ho-so/" + code;
	}

	private String state(String state) {
		return messages.getMessage("dossier.state." + state, null, Locale.forLanguageTag("vi"));
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}
}
