package vn.gov.cantho.egov.dossier;

/**
 * A file received and checked but not yet part of a dossier. The type is decided from the content (PDF, JPEG, PNG),
 * never from the name; only its uploader can attach it, and unattached uploads expire.
 */
public record UploadedFile(String id, String filename, String mediaType, long size) {
}
