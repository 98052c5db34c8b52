package vn.gov.cantho.egov.dossier;

import java.time.Instant;

/** A stored file of a dossier; {@code id} is opaque and only meaningful with the dossier code. */
public record AttachmentView(String id, String documentCode, String filename, String mediaType, long size,
		Instant uploadedAt) {
}
