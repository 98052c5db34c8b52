package vn.gov.cantho.egov.procedure.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureAdministration;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedurePage;
import vn.gov.cantho.egov.procedure.ProcedureQuery;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.procedure.domain.CatalogueService;
import vn.gov.cantho.egov.procedure.domain.ProcedureRecord;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The procedure catalogue as JSON: search and full detail for anyone (a mobile app renders the application form
 * from the detail), creation and changes for administrators. Broken rules come back as one problem detail listing
 * every failing field.
 */
@RestController
@Tag(name = "Procedures", description = "Thủ tục hành chính")
class ProcedureApi {

	private final CatalogueService catalogue;
	private final ProcedureAdministration administration;
	private final DirectoryNames names;

	ProcedureApi(CatalogueService catalogue, ProcedureAdministration administration, DirectoryNames names) {
		this.catalogue = catalogue;
		this.administration = administration;
		this.names = names;
	}

	@GetMapping("/api/v1/procedures")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Search active procedures by name (accent-insensitive, Vietnamese or English) or code, "
			+ "with filters; pages start at 0")
	ProcedureResults search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String field, @RequestParam(required = false) String agency,
			@RequestParam(required = false) ProcedureLevel level,
			@RequestParam(required = false) OnlineMode onlineMode,
			@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
		ProcedurePage found = catalogue.search(new ProcedureQuery(q, field, agency, level, onlineMode, page, size));
		return new ProcedureResults(found.items().stream().map(p -> ProcedureSummary.of(p, names)).toList(),
				found.total(), found.page(), found.size());
	}

	@GetMapping("/api/v1/procedures/{code}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "One procedure with its documents and form fields, active or not")
	ProcedureDetail procedure(@PathVariable String code) {
		return ProcedureDetail.of(existing(code), names);
	}

	@PostMapping("/api/v1/procedures")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	@Operation(summary = "Add a procedure to the catalogue (active at once)")
	ProcedureDetail create(@RequestBody ProcedureRequest request) {
		return detail(administration.create(request.definition()).code());
	}

	@PutMapping("/api/v1/procedures/{code}")
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	@Operation(summary = "Replace a procedure's definition; with version, refused (409) if changed in between")
	ProcedureDetail update(@PathVariable String code, @RequestBody ProcedureRequest request) {
		return detail(administration.update(code, request.definition(), request.version()).code());
	}

	@PostMapping("/api/v1/procedures/{code}/activate")
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	@Operation(summary = "Offer the procedure again in search and for new dossiers")
	ProcedureDetail activate(@PathVariable String code) {
		return detail(administration.activate(code).code());
	}

	@PostMapping("/api/v1/procedures/{code}/deactivate")
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	@Operation(summary = "Withdraw the procedure from search and new dossiers")
	ProcedureDetail deactivate(@PathVariable String code) {
		return detail(administration.deactivate(code).code());
	}

	private ProcedureDetail detail(String code) {
		return ProcedureDetail.of(existing(code), names);
	}

	private ProcedureRecord existing(String code) {
		return catalogue.record(code)
			.orElseThrow(() -> BusinessException.notFound("procedure.not-found", "code", code));
	}

	/** A procedure as sent by an administrator; {@code code} is read on creation only, {@code version} on update. */
	record ProcedureRequest(String code, String nameVi, String nameEn, String fieldCode, ProcedureLevel level,
			String agencyCode, TimeLimitRequest timeLimit, FeeSchedule fee, OnlineMode onlineMode,
			ResultForm resultForm, Set<DeliveryOption> deliveries, List<RequiredDocument> documents,
			List<FormField> formFields, String notes, Integer version) {

		ProcedureDefinition definition() {
			return new ProcedureDefinition(code, nameVi, nameEn, fieldCode, level, agencyCode,
					timeLimit == null ? null : timeLimit.kind(), timeLimit == null ? null : timeLimit.workingDays(),
					fee, onlineMode, resultForm, deliveries, documents, formFields, notes);
		}
	}

	/** {@code workingDays} counts only for {@code WORKING_DAYS}. */
	record TimeLimitRequest(TimeLimit.Kind kind, Integer workingDays) {
	}

	record ProcedureResults(List<ProcedureSummary> items, long total, int page, int size) {
	}
}
