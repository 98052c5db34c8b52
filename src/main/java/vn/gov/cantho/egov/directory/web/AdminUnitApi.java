package vn.gov.cantho.egov.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.domain.DatedAdministrativeMap;
import vn.gov.cantho.egov.shared.BusinessException;

/** The administrative map as JSON, on any date. */
@RestController
@RequestMapping("/api/v1/admin-units")
@Tag(name = "Administrative units", description = "Đơn vị hành chính: the map of Cần Thơ on any date")
@PreAuthorize("hasAuthority('DIRECTORY_READ')")
class AdminUnitApi {

	private final DatedAdministrativeMap map;
	private final Clock clock;

	AdminUnitApi(DatedAdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Units directly under a parent (top-level units without one) as they stood on a date")
	List<AdminUnitView> children(
			@Parameter(description = "Date (YYYY-MM-DD), today in Vietnam when absent") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@Parameter(description = "Official code of the parent unit") @RequestParam(required = false) String parent) {
		LocalDate date = at == null ? LocalDate.now(clock) : at;
		if (parent != null && map.unit(parent, date).isEmpty()) {
			throw BusinessException.notFound("directory.unit-not-found", "parent", parent);
		}
		return map.children(parent, date);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit and its ancestors (parent first) as they stood on a date")
	UnitWithAncestors unit(@PathVariable String code,
			@Parameter(description = "Date (YYYY-MM-DD), today in Vietnam when absent") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		LocalDate date = at == null ? LocalDate.now(clock) : at;
		List<AdminUnitView> lineage = map.lineage(code, date);
		if (lineage.isEmpty()) {
			throw BusinessException.notFound("directory.unit-not-found", "code", code);
		}
		return new UnitWithAncestors(date, lineage.get(0), lineage.subList(1, lineage.size()));
	}

	/** A unit on {@code at} with its parent, grandparent, ... in that order. */
	record UnitWithAncestors(LocalDate at, AdminUnitView unit, List<AdminUnitView> ancestors) {
	}
}
