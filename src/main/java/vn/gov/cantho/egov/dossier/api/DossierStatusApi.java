package vn.gov.cantho.egov.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.PublicStatus;

/** Public tracking by dossier code and the applicant's phone: no login, and nothing personal in the answer. */
@RestController
@Tag(name = "Dossier tracking", description = "Tra cứu hồ sơ bằng mã hồ sơ và số điện thoại")
@SecurityRequirements
class DossierStatusApi {

	private final DossierManagement dossiers;

	DossierStatusApi(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/api/v1/dossiers/{code}/status")
	@Operation(summary = "State, appointment and steps of a dossier",
			description = "404 dossier.not-found both for an unknown code and for a phone that does not match.")
	PublicStatus status(@Parameter(example = "CA-XNC-261127-0001") @PathVariable String code,
			@Parameter(description = "The applicant's mobile number", example = "0901234567") @RequestParam String phone) {
		return dossiers.publicStatus(code, phone);
	}
}
