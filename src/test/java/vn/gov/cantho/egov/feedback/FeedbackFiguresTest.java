package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackFigures.Counts;
import vn.gov.cantho.egov.feedback.FeedbackFigures.Figures;
import vn.gov.cantho.egov.feedback.FeedbackFigures.Row;
import vn.gov.cantho.egov.feedback.domain.PastActions;

/**
 * Figures against a set computed by hand: items filed in a past period of sixty days (a random one, so earlier runs
 * on a shared database stay out of it), answered on time, late, after the period, not at all, rejected, or filed too
 * late in the period to be due.
 */
@IntegrationTest
class FeedbackFiguresTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	PastActions past;

	@Autowired
	FeedbackFigures figures;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Test
	void figuresMatchTheSetComputedByHand() throws Exception {
		LocalDate start = LocalDate.of(1995, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
		LocalDate end = start.plusDays(59);
		// A: answered on time; B: answered late; C: never answered; D: rejected; E: hotline, answered after the
		// period; F: filed two days before the end, not yet due; G: filed the day before the period.
		String a = file("A", start.plusDays(1), "VE-SINH-MOI-TRUONG", false);
		act("operator", a, FeedbackAction.ASSIGN, agency("UBND-CAIKHE"), start.plusDays(1), 11);
		act("specialist.caikhe", a, FeedbackAction.RESOLVE, ActionInput.comment("Xong"), start.plusDays(2), 10);
		String b = file("B", start.plusDays(1), "VE-SINH-MOI-TRUONG", false);
		act("operator", b, FeedbackAction.ASSIGN, agency("UBND-CAIKHE"), start.plusDays(1), 11);
		act("specialist.caikhe", b, FeedbackAction.RESOLVE, ActionInput.comment("Muộn"), start.plusDays(30), 10);
		String c = file("C", start.plusDays(1), "VE-SINH-MOI-TRUONG", false);
		act("operator", c, FeedbackAction.ASSIGN, agency("UBND-CAIKHE"), start.plusDays(1), 11);
		String d = file("D", start.plusDays(1), "Y-TE", false);
		act("operator", d, FeedbackAction.REJECT, new ActionInput(null, null, null, "Rác", RejectReason.SPAM, null,
				null), start.plusDays(2), 9);
		String e = file("E", start.plusDays(1), "AN-NINH-TRAT-TU", true);
		act("operator", e, FeedbackAction.ASSIGN, agency("CA-TP"), start.plusDays(1), 11);
		act("specialist.catp", e, FeedbackAction.RESOLVE, ActionInput.comment("Sau kỳ"), end.plusDays(10), 9);
		file("F", end.minusDays(2), "VE-SINH-MOI-TRUONG", false);
		file("G", start.minusDays(1), "VE-SINH-MOI-TRUONG", false);

		Figures all = as("operator", () -> figures.figures(start, end));
		assertThat(all.total()).isEqualTo(new Counts(6, 2, 1, 3));
		assertThat(all.byField()).containsExactly(new Row("AN-NINH-TRAT-TU", new Counts(1, 0, 0, 1)),
				new Row("VE-SINH-MOI-TRUONG", new Counts(4, 2, 1, 2)), new Row("Y-TE", new Counts(1, 0, 0, 0)));
		assertThat(all.byChannel()).containsExactly(new Row("HOTLINE", new Counts(1, 0, 0, 1)),
				new Row("WEB", new Counts(5, 2, 1, 2)));
		assertThat(all.byAgency()).containsExactly(new Row("CA-TP", new Counts(1, 0, 0, 1)),
				new Row("SYT", new Counts(1, 0, 0, 0)), new Row("UBND-CAIKHE", new Counts(4, 2, 1, 2)));
		assertThat(all.byMonth()).hasSizeBetween(2, 3);
		assertThat(all.byMonth().stream().mapToLong(m -> m.counts().received()).sum()).isEqualTo(6);
		assertThat(all.byMonth().get(0).month()).isEqualTo(java.time.YearMonth.from(start));

		Figures ward = as("leader.caikhe", () -> figures.figures(start, end));
		assertThat(ward.total()).isEqualTo(new Counts(4, 2, 1, 2));
		assertThat(ward.byAgency()).extracting(Row::key).containsExactly("UBND-CAIKHE");

		mvc.perform(get("/api/v1/stats/feedback").param("from", start.toString()).param("to", end.toString())
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.received").value(6))
			.andExpect(jsonPath("$.total.overdue").value(3));
		mvc.perform(get("/api/v1/stats/feedback").param("from", start.toString()).param("to", end.toString())
			.with(httpBasic("citizen", FeedbackApiClient.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/feedback").param("from", end.toString()).param("to", start.toString())
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.invalid-period"));
	}

	private String file(String label, LocalDate day, String field, boolean hotline) {
		Location place = "VE-SINH-MOI-TRUONG".equals(field) ? new Location(null, null, null, "31117") : Location.NONE;
		Map<String, List<String>> answers = "VE-SINH-MOI-TRUONG".equals(field) ? Map.of("loai", List.of("rac-thai"))
				: Map.of();
		FeedbackSubmission s = new FeedbackSubmission(hotline ? FeedbackChannel.HOTLINE : FeedbackChannel.WEB,
				"Số liệu " + label + " (kiểm thử)", "Mục " + label, field, place,
				new Reporter(null, FeedbackApiClient.freshPhone(), null, null), List.of(), answers, true, null);
		return as(hotline ? "operator" : null,
				() -> past.submit(s, java.util.UUID.randomUUID().toString(), java.util.UUID.randomUUID().toString(),
						at(day, 9)).number());
	}

	private void act(String user, String number, FeedbackAction action, ActionInput input, LocalDate day, int hour) {
		as(user, () -> past.act(number, action, input, at(day, hour)));
	}

	private static ActionInput agency(String code) {
		return new ActionInput(code, null, null, null, null, null, null);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
	}

	private <T> T as(String username, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		if (username != null) {
			UserDetails user = users.loadUserByUsername(username);
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					user.getAuthorities()));
		}
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
