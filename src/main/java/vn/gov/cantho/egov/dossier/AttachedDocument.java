package vn.gov.cantho.egov.dossier;

/** A file uploaded earlier ({@link DossierManagement#upload}) handed in as one required document of the procedure. */
public record AttachedDocument(String documentCode, String uploadId) {
}
