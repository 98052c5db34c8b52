package vn.gov.cantho.egov.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.shared.BusinessException;

/** Agencies and fields (lĩnh vực) as JSON. */
@RestController
@Tag(name = "Agencies and fields", description = "Cơ quan và lĩnh vực")
@PreAuthorize("hasAuthority('DIRECTORY_READ')")
class AgencyApi {

	private final AgencyDirectory agencies;
	private final FieldCatalogue fields;

	AgencyApi(AgencyDirectory agencies, FieldCatalogue fields) {
		this.agencies = agencies;
		this.fields = fields;
	}

	@GetMapping("/api/v1/agencies")
	@Operation(summary = "Agencies, active first; optionally only those serving a unit or of a kind")
	List<AgencyView> agencies(@RequestParam(required = false) String unit,
			@RequestParam(required = false) AgencyKind kind) {
		return agencies.agencies(unit, kind);
	}

	@GetMapping("/api/v1/agencies/{code}")
	@Operation(summary = "One agency by code")
	AgencyView agency(@PathVariable String code) {
		return agencies.agency(code)
			.orElseThrow(() -> BusinessException.notFound("directory.agency-not-found", "code", code));
	}

	@GetMapping("/api/v1/fields")
	@Operation(summary = "Fields (lĩnh vực) by Vietnamese name")
	List<FieldView> fields() {
		return fields.fields();
	}

	@GetMapping("/api/v1/fields/{code}")
	@Operation(summary = "One field by code")
	FieldView field(@PathVariable String code) {
		return fields.field(code)
			.orElseThrow(() -> BusinessException.notFound("directory.field-not-found", "code", code));
	}
}
