package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.shared.BusinessException;

/** The infectious window's rules at their exact edges, each broken rule naming its field. */
class CaseWindowRulesTest {

	static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");
	final CaseWindowRules rules = new CaseWindowRules(Duration.ofDays(28), Duration.ofDays(21), Duration.ofMinutes(5));

	@Test
	void aSensibleWindowPasses() {
		assertThat(rules.check(NOW.minus(Duration.ofDays(14)), NOW, "PCR dương tính", NOW)).isEmpty();
	}

	@Test
	void theEdgesAreInsideAndOneSecondBeyondIsRefused() {
		assertThat(rules.check(NOW.minus(Duration.ofDays(21)), NOW.plus(Duration.ofMinutes(5)), "r", NOW)).isEmpty();
		assertThat(codes(NOW.minus(Duration.ofDays(21)).minusSeconds(1), NOW, "r"))
			.containsExactly("health.case-window-too-old infectiousFrom");
		assertThat(codes(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), "r"))
			.containsExactly("health.case-window-future infectiousUntil");
		CaseWindowRules longRetention = new CaseWindowRules(Duration.ofDays(28), Duration.ofDays(60),
				Duration.ofMinutes(5));
		assertThat(longRetention.check(NOW.minus(Duration.ofDays(28)), NOW, "r", NOW)).isEmpty();
		assertThat(longRetention.check(NOW.minus(Duration.ofDays(28)).minusSeconds(1), NOW, "r", NOW))
			.extracting(e -> e.code() + " " + e.field())
			.containsExactly("health.case-window-too-long infectiousFrom");
	}

	@Test
	void nonsenseWindowsAreRefusedWithEveryReasonAtOnce() {
		assertThat(codes(null, null, " ")).containsExactly("health.case-window-missing infectiousFrom",
				"health.case-window-missing infectiousUntil", "health.case-reason-required reason");
		assertThat(codes(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), "r"))
			.containsExactly("health.case-window-reversed infectiousUntil");
		assertThat(codes(NOW, NOW, "r")).containsExactly("health.case-window-reversed infectiousUntil");
		assertThat(codes(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)), "r"))
			.containsExactly("health.case-window-future infectiousUntil", "health.case-window-future infectiousFrom");
		assertThat(codes(NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofDays(400)), "x".repeat(501)))
			.containsExactly("health.case-window-future infectiousUntil", "health.case-window-too-long infectiousFrom",
					"health.case-window-too-old infectiousFrom", "health.case-reason-too-long reason");
	}

	List<String> codes(Instant from, Instant until, String reason) {
		return rules.check(from, until, reason, NOW).stream().map(BusinessException.class::cast)
			.map(e -> e.code() + " " + e.field())
			.toList();
	}
}
