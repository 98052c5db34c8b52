package vn.gov.cantho.egov.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.directory.domain.AgencyData;
import vn.gov.cantho.egov.directory.domain.AgencyService;
import vn.gov.cantho.egov.directory.domain.FieldService;

/** Creates and edits agencies and fields for administrators and integration scripts. */
@RestController
@Tag(name = "Agencies and fields")
class DirectoryWriteApi {

	private final AgencyService agencies;
	private final FieldService fields;

	DirectoryWriteApi(AgencyService agencies, FieldService fields) {
		this.agencies = agencies;
		this.fields = fields;
	}

	@PostMapping("/api/v1/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	@Operation(summary = "Create an agency; its tier follows from the unit it serves")
	AgencyView createAgency(@Valid @RequestBody AgencyRequest request) {
		return agencies.create(request.data(request.code()));
	}

	@PutMapping("/api/v1/agencies/{code}")
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	@Operation(summary = "Change an agency's names, kind, unit or active flag")
	AgencyView updateAgency(@PathVariable String code, @Valid @RequestBody AgencyRequest request) {
		return agencies.update(code, request.data(code));
	}

	@PostMapping("/api/v1/fields")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('FIELD_MANAGE')")
	@Operation(summary = "Create a field (lĩnh vực)")
	FieldView createField(@Valid @RequestBody FieldRequest request) {
		return fields.create(new FieldView(request.code(), request.name(), request.nameEn()));
	}

	@PutMapping("/api/v1/fields/{code}")
	@PreAuthorize("hasAuthority('FIELD_MANAGE')")
	@Operation(summary = "Rename a field")
	FieldView updateField(@PathVariable String code, @Valid @RequestBody FieldRequest request) {
		return fields.update(code, new FieldView(code, request.name(), request.nameEn()));
	}

	/** {@code code} is only read on creation; on update the path names the agency. */
	record AgencyRequest(@Size(max = 30) String code, @NotBlank @Size(max = 300) String name,
			@NotBlank @Size(max = 300) String nameEn, @NotNull AgencyKind kind, @NotBlank String unitCode,
			Boolean active) {

		AgencyData data(String agencyCode) {
			return new AgencyData(agencyCode, name, nameEn, kind, unitCode, active == null || active);
		}
	}

	record FieldRequest(@Size(max = 30) String code, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 200) String nameEn) {
	}
}
