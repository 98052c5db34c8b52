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
 * Figures against a set computed by hand: items filed in a past period of sixty days, answered on time, late, after
 * the period, not at all, rejected, or filed too late in the period to be due. The period is a random one and the
 * figures are compared as the difference the new items made, so earlier runs on a shared database do not count.
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
		Figures before = as("operator", () -> figures.figures(start, end));
		Figures wardBefore = as("leader.caikhe", () -> figures.figures(start, end));
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
		assertThat(minus(all.total(), before.total())).isEqualTo(new Counts(6, 2, 1, 3));
		assertThat(delta(all.byField(), before.byField())).isEqualTo(Map.of("AN-NINH-TRAT-TU", new Counts(1, 0, 0, 1),
				"VE-SINH-MOI-TRUONG", new Counts(4, 2, 1, 2), "Y-TE", new Counts(1, 0, 0, 0)));
		assertThat(delta(all.byChannel(), before.byChannel())).isEqualTo(Map.of("HOTLINE", new Counts(1, 0, 0, 1),
				"WEB", new Counts(5, 2, 1, 2)));
		assertThat(delta(all.byAgency(), before.byAgency())).isEqualTo(Map.of("CA-TP", new Counts(1, 0, 0, 1), "SYT",
				new Counts(1, 0, 0, 0), "UBND-CAIKHE", new Counts(4, 2, 1, 2)));
		assertThat(all.byMonth()).hasSizeBetween(2, 3);
		assertThat(all.byMonth().stream().mapToLong(m -> m.counts().received()).sum())
			.isEqualTo(all.total().received());
		assertThat(all.byMonth().get(0).month()).isEqualTo(java.time.YearMonth.from(start));
		Map<java.time.YearMonth, Long> filedByMonth = new java.util.HashMap<>();
		filedByMonth.merge(java.time.YearMonth.from(start.plusDays(1)), 5L, Long::sum);
		filedByMonth.merge(java.time.YearMonth.from(end.minusDays(2)), 1L, Long::sum);
		for (int i = 0; i < all.byMonth().size(); i++) {
			var month = all.byMonth().get(i);
			assertThat(month.counts().received() - before.byMonth().get(i).counts().received()).as("%s", month.month())
				.isEqualTo(filedByMonth.getOrDefault(month.month(), 0L));
		}

		Figures ward = as("leader.caikhe", () -> figures.figures(start, end));
		assertThat(minus(ward.total(), wardBefore.total())).isEqualTo(new Counts(4, 2, 1, 2));
		assertThat(ward.byAgency()).extracting(Row::key).containsOnly("UBND-CAIKHE");

		mvc.perform(get("/api/v1/stats/feedback").param("from", start.toString()).param("to", end.toString())
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.received").value((int) all.total().received()))
			.andExpect(jsonPath("$.total.overdue").value((int) all.total().overdue()));
		mvc.perform(get("/api/v1/stats/feedback").param("from", start.toString()).param("to", end.toString())
			.with(httpBasic("citizen", FeedbackApiClient.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/feedback").param("from", end.toString()).param("to", start.toString())
			.with(httpBasic("operator", FeedbackApiClient.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.invalid-period"));
	}

	static Counts minus(Counts a, Counts b) {
		return new Counts(a.received() - b.received(), a.answered() - b.answered(), a.onTime() - b.onTime(),
				a.overdue() - b.overdue());
	}

	/** Per key, what changed; keys that did not change left out. */
	static Map<String, Counts> delta(List<Row> after, List<Row> before) {
		Map<String, Counts> earlier = new java.util.HashMap<>();
		before.forEach(r -> earlier.put(r.key(), r.counts()));
		Map<String, Counts> changed = new java.util.HashMap<>();
		for (Row r : after) {
			Counts d = minus(r.counts(), earlier.getOrDefault(r.key(), new Counts(0, 0, 0, 0)));
			if (!d.equals(new Counts(0, 0, 0, 0))) {
				changed.put(r.key(), d);
			}
		}
		return changed;
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
