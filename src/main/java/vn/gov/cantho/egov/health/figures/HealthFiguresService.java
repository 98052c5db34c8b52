package vn.gov.cantho.egov.health.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.figures.HealthFigures.AreaCount;
import vn.gov.cantho.egov.health.figures.HealthFigures.DayCount;
import vn.gov.cantho.egov.health.figures.HealthFigures.HourCount;
import vn.gov.cantho.egov.health.figures.HealthFigures.HourOfDayCount;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Builds the figures of a period from the hourly check-in counts and the case and test counts. The period is whole
 * local days, both ends included, at most {@value #MAX_DAYS} days (the hourly series would otherwise grow past what
 * a page or a client wants); the hours after now are left out.
 */
@Service
public class HealthFiguresService {

	public static final int MAX_DAYS = 92;
	public static final String INVALID_PERIOD = "health.figures-invalid-period";
	public static final String PERIOD_TOO_LONG = "health.figures-period-too-long";

	private final HourlyCheckIns hourly;
	private final OutbreakCounts counts;
	private final AdministrativeMap map;
	private final Clock clock;

	HealthFiguresService(HourlyCheckIns hourly, OutbreakCounts counts, AdministrativeMap map, Clock clock) {
		this.hourly = hourly;
		this.counts = counts;
		this.map = map;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public HealthFigures figures(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw BusinessException.invalid(INVALID_PERIOD, "to");
		}
		if (from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
			throw BusinessException.invalid(PERIOD_TOO_LONG, "to", MAX_DAYS);
		}
		Instant start = from.atStartOfDay(DailyPartitions.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(DailyPartitions.ZONE).toInstant();
		Instant now = clock.instant();
		Instant asOf = end.isBefore(now) ? end : now;
		List<HourlyCheckIns.Cell> cells = hourly.cells(start, end);

		Map<Instant, Long> byHour = new HashMap<>();
		Map<String, Long> byUnit = new HashMap<>();
		long total = 0;
		for (HourlyCheckIns.Cell cell : cells) {
			byHour.merge(cell.hour(), cell.checkIns(), Long::sum);
			byUnit.merge(cell.unitCode(), cell.checkIns(), Long::sum);
			total += cell.checkIns();
		}
		List<HourCount> perHour = new ArrayList<>();
		Map<LocalDate, Long> perDay = new LinkedHashMap<>();
		long[] perHourOfDay = new long[24];
		for (Instant hour = start; hour.isBefore(asOf); hour = hour.plusSeconds(3600)) {
			long n = byHour.getOrDefault(hour, 0L);
			ZonedDateTime local = hour.atZone(DailyPartitions.ZONE);
			perHour.add(new HourCount(local.toOffsetDateTime(), n));
			perDay.merge(local.toLocalDate(), n, Long::sum);
			perHourOfDay[local.getHour()] += n;
		}
		List<HourOfDayCount> hoursOfDay = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hoursOfDay.add(new HourOfDayCount(h, perHourOfDay[h]));
		}
		LocalDate namedOn = to.isBefore(LocalDate.ofInstant(now, DailyPartitions.ZONE)) ? to
				: LocalDate.ofInstant(now, DailyPartitions.ZONE);
		List<AreaCount> perArea = byUnit.entrySet()
			.stream()
			.map(e -> new AreaCount(e.getKey(), name(e.getKey(), namedOn), e.getValue()))
			.sorted(Comparator.comparingLong(AreaCount::checkIns).reversed().thenComparing(AreaCount::unitCode))
			.toList();
		return new HealthFigures(from, to, asOf, total, perHour,
				perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList(), hoursOfDay,
				perArea, counts.cases(start, end, asOf), counts.contacts(start, end), counts.tests(start, end));
	}

	/** The unit's name on the day, or of the unit that took over its work, or its code when the map does not know it. */
	private String name(String code, LocalDate on) {
		return map.unit(code, on)
			.or(() -> map.successor(code, on))
			.map(AdminUnitView::name)
			.orElse(code);
	}
}
