package vn.gov.cantho.egov.health.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;
import vn.gov.cantho.egov.health.domain.RetentionProperties;

/**
 * What personal data the outbreak platform holds and until when: every part's {@link HeldData} (check-ins and
 * declarations here, tracing and test results from their parts), the configured periods, the daily partitions on
 * PostgreSQL, when the retention job next runs, and its latest runs. Counts only: no personal value is shown, so
 * reading this page is not an access to health data.
 */
@Controller
@PreAuthorize("hasAuthority('HEALTH_STATS')")
class RetentionPage {

	static final int RUNS_SHOWN = 10;

	private final List<HeldData> parts;
	private final HeldCheckIns checkIns;
	private final RetentionSchedule schedule;
	private final RetentionRuns runs;
	private final RetentionProperties retention;

	RetentionPage(List<HeldData> parts, HeldCheckIns checkIns, RetentionSchedule schedule, RetentionRuns runs,
			RetentionProperties retention) {
		this.parts = parts;
		this.checkIns = checkIns;
		this.schedule = schedule;
		this.runs = runs;
		this.retention = retention;
	}

	/** Both tables' partitions of one day side by side. */
	record PartitionDay(LocalDate day, long checkIns, long declarations, long bytes, Instant deletedAt) {
	}

	@GetMapping("/y-te/du-lieu-luu-giu")
	String held(Model model) {
		List<HeldDataSet> sets = parts.stream().flatMap(part -> part.held().stream()).toList();
		model.addAttribute("sets", sets);
		model.addAttribute("estimatedKinds",
				checkIns.estimated() ? Set.of(HeldCheckIns.CHECK_INS, HeldCheckIns.DECLARATIONS) : Set.of());
		model.addAttribute("checkInDays", schedule.keptDays());
		model.addAttribute("tracingDays", retention.tracing().toDays());
		model.addAttribute("nextRun", schedule.nextRun());
		model.addAttribute("firstKeptDay", schedule.firstKeptDay(schedule.today()));
		model.addAttribute("partitioned", checkIns.estimated());
		model.addAttribute("partitionDays", days(checkIns.partitions()));
		model.addAttribute("runs", runs.latest(RUNS_SHOWN));
		return "health/retention/held";
	}

	private static List<PartitionDay> days(List<HeldPartition> partitions) {
		Map<LocalDate, PartitionDay> days = new TreeMap<>();
		for (HeldPartition p : partitions) {
			PartitionDay day = days.getOrDefault(p.day(), new PartitionDay(p.day(), 0, 0, 0, p.deletedAt()));
			boolean checkIn = p.table().equals(ExpiredData.CHECK_INS);
			days.put(p.day(), new PartitionDay(p.day(), day.checkIns() + (checkIn ? p.estimatedRows() : 0),
					day.declarations() + (checkIn ? 0 : p.estimatedRows()), day.bytes() + p.bytes(), p.deletedAt()));
		}
		return List.copyOf(days.values());
	}
}
