package vn.gov.cantho.egov.dossier.api;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.UploadedFile;

/** Files go first, one per request; submissions and supplements then refer to them by id. */
@RestController
@Tag(name = "Dossiers")
class UploadApi {

	private final DossierManagement dossiers;

	UploadApi(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@PostMapping(path = "/api/v1/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyAuthority('DOSSIER_SUBMIT', 'DOSSIER_RECEIVE')")
	@Operation(summary = "Upload a file for a dossier",
			description = "PDF, JPEG or PNG, recognised by content; a name whose extension says otherwise is refused "
					+ "(dossier.file-type-mismatch), other contents too (dossier.file-type); 10 MB at most "
					+ "(dossier.file-too-large). The file is the caller's and expires unless attached to a dossier.")
	ResponseEntity<UploadedFile> upload(@RequestParam("file") MultipartFile file) throws IOException {
		UploadedFile.checkSize(file.getSize(), "file");
		UploadedFile stored = dossiers.upload(file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/uploads/" + stored.id())).body(stored);
	}
}
