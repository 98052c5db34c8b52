package vn.gov.cantho.egov.health.figures;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outbreak figures for health leaders. */
@RestController
@Tag(name = "Health figures", description = "Số liệu phòng chống dịch: lượt quét mã, ca bệnh, tiếp xúc, xét nghiệm")
class HealthStatsApi {

	private final HealthFiguresService figures;

	HealthStatsApi(HealthFiguresService figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/stats/health")
	@PreAuthorize("hasAuthority('HEALTH_STATS')")
	@Operation(summary = "Check-ins per hour, day, hour of day and area; cases, contacts found, tests and positive rate",
			description = "Both days included, Vietnam time, at most 92 days; hours after now are left out. Areas are "
					+ "the wards and communes of the venues. Cases: recorded in the period, and active at its end "
					+ "(infectious window begun and ended less than activeDays before). Contacts: found by tracing for "
					+ "the cases recorded in the period, and how many of them the tracing team marked reached. Tests: "
					+ "results entered in the period; positiveRate is positives among positive and negative results.")
	HealthFigures stats(
			@Parameter(example = "2026-05-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-05-07") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.figures(from, to);
	}
}
