package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.shared.BusinessException;

/** How a day's plan becomes slots, in Vietnam time, and which plans are refused (every broken rule at once). */
class SlotPlanTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	final TestSites sites = new TestSites(null, null, null,
			Clock.fixed(TODAY.atTime(6, 0).atZone(VIETNAM).toInstant(), VIETNAM));

	@Test
	void everyThirtyMinutesFromHalfPastSevenToHalfPastElevenMakesEightSlots() {
		var starts = sites.starts(new SlotPlan(TODAY, LocalTime.of(7, 30), LocalTime.of(11, 30), 30, 10));
		assertThat(starts).hasSize(8);
		assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-11-27T00:30:00Z"));
		assertThat(starts.get(7)).isEqualTo(Instant.parse("2026-11-27T04:00:00Z"));
	}

	@Test
	void aSlotThatWouldEndAfterTheEndIsLeftOut() {
		assertThat(sites.starts(new SlotPlan(TODAY, LocalTime.of(8, 0), LocalTime.of(9, 50), 30, 5))).hasSize(3);
	}

	@Test
	void aPlanUpToMidnightDoesNotWrapAround() {
		var starts = sites.starts(new SlotPlan(TODAY, LocalTime.of(22, 0), LocalTime.of(23, 59), 60, 5));
		assertThat(starts).hasSize(1);
	}

	@Test
	void everyBrokenRuleIsReportedWithItsField() {
		assertThatThrownBy(() -> sites.starts(new SlotPlan(TODAY.minusDays(1), LocalTime.of(9, 0),
				LocalTime.of(8, 0), 2, 0)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.errors()).extracting(BusinessException::field)
						.containsExactly("day", "until", "everyMinutes", "capacity"));
	}

	@Test
	void tooManySlotsInADayAreRefused() {
		assertThatThrownBy(() -> sites.starts(new SlotPlan(TODAY, LocalTime.of(0, 0), LocalTime.of(23, 55), 5, 5)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("health.testing.too-many-slots"));
	}
}
