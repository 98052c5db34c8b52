package vn.gov.cantho.egov.dossier.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.dossier.DossierFigures;

/** Dossier figures of the agencies in the caller's scope (leaders, administrators). */
@RestController
@Tag(name = "Dossier figures", description = "Số liệu hồ sơ theo cơ quan và kỳ: kênh nộp, tỷ lệ đúng hạn (766)")
class DossierStatsApi {

	private final DossierFigures figures;

	DossierStatsApi(DossierFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/stats/dossiers")
	@PreAuthorize("hasAuthority('DOSSIER_STATS')")
	@Operation(summary = "Figures of dossiers received in a period",
			description = "By channel, online share, on-time rate by the 766 rule (supplement time subtracted, more "
					+ "than one supplement request late, open dossiers judged at the end of the period) and average "
					+ "handling time in working days. Rates are percentages with 2 decimals. Without agency: every "
					+ "agency in the caller's scope, each listed.")
	DossierFigures.Figures stats(
			@Parameter(example = "2026-01-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency) {
		return figures.figures(from, to, agency);
	}
}
