package vn.gov.cantho.egov.dossier.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.cantho.egov.dossier.DossierManagement.StoredFile;

/**
 * A dossier's file sent as a download, never shown inline: the type comes from the file's bytes (checked on upload),
 * the browser is told not to guess another, and the name is encoded for any language.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
