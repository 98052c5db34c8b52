package vn.gov.cantho.egov.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.directory.ReorganisationView;
import vn.gov.cantho.egov.directory.Reorganisations;

/** Applies reorganisations of the administrative map and lists the ones recorded. */
@RestController
@RequestMapping("/api/v1/reorganisations")
@Tag(name = "Reorganisations", description = "Sắp xếp đơn vị hành chính: merge, abolish a tier, create, rename")
class ReorganisationApi {

	private final Reorganisations reorganisations;

	ReorganisationApi(Reorganisations reorganisations) {
		this.reorganisations = reorganisations;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('DIRECTORY_READ')")
	@Operation(summary = "Recorded reorganisations, latest effective date first")
	List<ReorganisationView> history() {
		return reorganisations.history();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_MANAGE')")
	@Operation(summary = "Apply a reorganisation from its effective date; earlier dates keep the old map")
	ReorganisationView apply(@Valid @RequestBody ReorganisationRequest request) {
		return switch (request.kind()) {
			case MERGE -> reorganisations.merge(request.merge());
			case ABOLITION -> reorganisations.abolishLevel(request.abolition());
			case CREATION -> reorganisations.create(request.creation());
			case RENAME -> reorganisations.rename(request.rename());
		};
	}
}
