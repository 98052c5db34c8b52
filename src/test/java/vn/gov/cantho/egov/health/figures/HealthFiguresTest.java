package vn.gov.cantho.egov.health.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthRows;
import vn.gov.cantho.egov.health.figures.HealthFigures.AreaCount;
import vn.gov.cantho.egov.health.figures.HealthFigures.HourCount;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Figures against rows placed by hand. Check-ins at the edges of hours and of the day (Vietnam time) land in the right
 * hour and area, whether they were already added to the hourly counts by a refresh or are still in the unrefreshed
 * tail; two refreshes at once count nothing twice. Cases, contacts and tests in a period long ago are counted by the
 * period rules. Figures are compared as the difference the new rows made, since the database is shared.
 */
@IntegrationTest
class HealthFiguresTest {

	@Autowired
	HealthFiguresService figures;

	@Autowired
	HourlyCheckIns hourly;

	@Autowired
	JdbcClient jdbc;

	@Test
	void checkInsCountPerHourInVietnamTimeAndPerAreaOfTheVenue() {
		HealthRows rows = new HealthRows(jdbc);
		LocalDate day = LocalDate.now(HealthRows.VIETNAM).minusDays(3);
		long caiKhe = rows.venue("31117");
		long hungThanh = rows.venue("31204");
		HealthFigures before = figures.figures(day, day);
		Instant earlier = notYetCounted();
		// recorded after the last refresh and then added to the hourly counts by a refresh
		rows.checkIn(caiKhe, HealthRows.person(), HealthRows.at(day, LocalTime.of(7, 59, 59)), earlier);
		rows.checkIn(caiKhe, HealthRows.person(), HealthRows.at(day, 8, 0), earlier);
		rows.checkIn(hungThanh, HealthRows.person(), HealthRows.at(day.minusDays(1), LocalTime.of(23, 59, 59)),
				earlier);
		hourly.refresh(earlier.plusMillis(1));
		// recorded now: still in the tail that figures add to the hourly counts
		rows.checkIn(caiKhe, HealthRows.person(), HealthRows.at(day, 8, 30));
		rows.checkIn(hungThanh, HealthRows.person(), HealthRows.at(day, LocalTime.of(8, 59, 59, 999_000_000)));
		rows.checkIn(hungThanh, HealthRows.person(), HealthRows.at(day, LocalTime.of(23, 59, 59)));
		rows.checkIn(hungThanh, HealthRows.person(), HealthRows.at(day.plusDays(1), 0, 0));

		HealthFigures after = figures.figures(day, day);

		assertThat(after.checkIns() - before.checkIns()).isEqualTo(5);
		Map<Integer, Long> perHour = new HashMap<>();
		for (int i = 0; i < after.perHour().size(); i++) {
			HourCount hour = after.perHour().get(i);
			assertThat(hour.hour().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
			assertThat(hour.hour().toLocalDate()).isEqualTo(day);
			long added = hour.checkIns() - before.perHour().get(i).checkIns();
			if (added != 0) {
				perHour.put(hour.hour().getHour(), added);
			}
		}
		assertThat(perHour).isEqualTo(Map.of(7, 1L, 8, 3L, 23, 1L));
		assertThat(after.perHour()).hasSize(24);
		assertThat(after.perHourOfDay().get(8).checkIns() - before.perHourOfDay().get(8).checkIns()).isEqualTo(3);
		assertThat(after.perDay()).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(day));
		assertThat(areas(after, "31117") - areas(before, "31117")).isEqualTo(3);
		assertThat(areas(after, "31204") - areas(before, "31204")).isEqualTo(2);
		assertThat(after.perArea()).filteredOn(a -> a.unitCode().equals("31117"))
			.singleElement()
			.extracting(AreaCount::name)
			.isEqualTo("Phường Cái Khế");
		assertThat(after.perArea()).filteredOn(a -> a.unitCode().equals("31204"))
			.singleElement()
			.extracting(AreaCount::name)
			.isEqualTo("Phường Hưng Thạnh");
	}

	@Test
	void twoRefreshesAtOnceCountEveryRowOnce() throws Exception {
		HealthRows rows = new HealthRows(jdbc);
		LocalDate day = LocalDate.now(HealthRows.VIETNAM).minusDays(2);
		long venue = rows.venue("31147");
		Instant hour = HealthRows.at(day, 14, 0);
		long before = stored("31147", hour);
		Instant recorded = notYetCounted();
		for (int i = 0; i < 7; i++) {
			rows.checkIn(venue, HealthRows.person(), hour.plusSeconds(60L * i), recorded);
		}
		Instant limit = recorded.plusMillis(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(nodes.submit(() -> {
					start.await();
					return hourly.refresh(limit);
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}

		assertThat(stored("31147", hour) - before).isEqualTo(7);
		assertThat(hourly.countedUntil()).isAfterOrEqualTo(limit.minusMillis(1));
		assertThat(hourly.refresh(limit)).isZero();
	}

	@Test
	void casesContactsAndTestsFollowThePeriodRules() {
		HealthRows rows = new HealthRows(jdbc);
		LocalDate from = HealthRows.longAgo();
		LocalDate to = from.plusDays(6);
		Instant end = to.plusDays(1).atStartOfDay(HealthRows.VIETNAM).toInstant();
		HealthFigures before = figures.figures(from, to);
		// recorded in the period and still infectious at its end: counted in both
		rows.outbreakCase(HealthRows.at(from.plusDays(1), 9, 0), HealthRows.at(from.minusDays(1), 0, 0),
				HealthRows.at(from.plusDays(2), 0, 0), 3, 5);
		// recorded in the period, its window ended 20 days before the end: recorded, not active
		rows.outbreakCase(HealthRows.at(from.plusDays(2), 9, 0), HealthRows.at(to.minusDays(25), 0, 0),
				HealthRows.at(to.minusDays(19), 0, 0), 1, 0);
		// recorded before the period, still active at its end
		rows.outbreakCase(HealthRows.at(from.minusDays(5), 9, 0), HealthRows.at(from.minusDays(5), 0, 0),
				HealthRows.at(from.plusDays(3), 0, 0), 10, 10);
		// recorded after the period: neither
		rows.outbreakCase(end, end.minusSeconds(86_400), end.plusSeconds(86_400), 4, 4);
		long site = rows.testSite("31117");
		rows.testResult(site, "POSITIVE", HealthRows.at(from, 0, 0));
		rows.testResult(site, "POSITIVE", HealthRows.at(to, 23, 59));
		for (int i = 0; i < 5; i++) {
			rows.testResult(site, "NEGATIVE", HealthRows.at(from.plusDays(i), 10, 0));
		}
		rows.testResult(site, "INVALID", HealthRows.at(from.plusDays(3), 10, 0));
		rows.testResult(site, "POSITIVE", end);

		HealthFigures after = figures.figures(from, to);

		assertThat(after.asOf()).isEqualTo(end);
		assertThat(after.cases().recorded() - before.cases().recorded()).isEqualTo(2);
		assertThat(after.cases().active() - before.cases().active()).isEqualTo(2);
		assertThat(after.cases().activeDays()).isEqualTo(14);
		assertThat(after.contacts().f1() - before.contacts().f1()).isEqualTo(4);
		assertThat(after.contacts().f2() - before.contacts().f2()).isEqualTo(5);
		assertThat(after.contacts().reached() - before.contacts().reached()).as("no contact on these cases' lists")
			.isZero();
		assertThat(after.tests().done() - before.tests().done()).isEqualTo(8);
		assertThat(after.tests().positive() - before.tests().positive()).isEqualTo(2);
		assertThat(after.tests().negative() - before.tests().negative()).isEqualTo(5);
		assertThat(after.tests().invalid() - before.tests().invalid()).isEqualTo(1);
		if (before.tests().done() == 0) {
			assertThat(after.tests().positiveRate()).isEqualTo(2 / 7.0);
		}
		assertThat(after.perHour()).hasSize(7 * 24);
	}

	@Test
	void aPeriodBackwardsOrTooLongIsRefused() {
		LocalDate day = LocalDate.of(2026, 5, 10);
		assertThatThrownBy(() -> figures.figures(day, day.minusDays(1))).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo(HealthFiguresService.INVALID_PERIOD);
		assertThatThrownBy(() -> figures.figures(day, day.plusDays(HealthFiguresService.MAX_DAYS)))
			.isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo(HealthFiguresService.PERIOD_TOO_LONG);
		assertThat(figures.figures(day, day.plusDays(HealthFiguresService.MAX_DAYS - 1)).perDay())
			.hasSize(HealthFiguresService.MAX_DAYS);
	}

	/**
	 * A recording time the hourly counts have not reached yet, in the past: a row recorded then is still to be counted
	 * (tests refresh up to moments closer to now than the scheduled refresh does).
	 */
	private Instant notYetCounted() {
		Instant mark = hourly.countedUntil();
		Instant recorded = mark == null ? Instant.now().minusSeconds(60) : mark.plusMillis(1);
		assertThat(recorded).isBefore(Instant.now());
		return recorded;
	}

	private static long areas(HealthFigures figures, String unit) {
		return figures.perArea()
			.stream()
			.filter(a -> a.unitCode().equals(unit))
			.mapToLong(AreaCount::checkIns)
			.sum();
	}

	private long stored(String unit, Instant hour) {
		return jdbc.sql("SELECT COALESCE(SUM(check_ins), 0) FROM health_check_in_hourly WHERE unit_code = :unit"
				+ " AND hour_start = :hour")
			.param("unit", unit)
			.param("hour", hour.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}
}
