package vn.gov.cantho.egov.dossier;

/**
 * A file for one required document of the procedure ({@code documentCode}). The declared name is kept for display;
 * the type is decided from the content (PDF, JPEG, PNG), never from the name.
 */
public record UploadedDocument(String documentCode, String filename, byte[] content) {
}
