package vn.gov.cantho.egov.dossier;

/**
 * A file received and checked but not yet part of a dossier. The type is decided from the content (PDF, JPEG, PNG),
 * never from the name; only its uploader can attach it, and unattached uploads expire.
 */
public record UploadedFile(String id, String filename, String mediaType, long size) {

	/** 10 MB, the most a single file may weigh. */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	/**
	 * Refuses a file over {@link #MAX_SIZE} before its bytes are read: the container lets larger parts through so
	 * that the applicant gets this error on the document concerned rather than a bare 413.
	 *
	 * @throws vn.gov.cantho.egov.shared.BusinessException 422 {@code dossier.file-too-large} on {@code field}
	 */
	public static void checkSize(long size, String field) {
		if (size > MAX_SIZE) {
			throw vn.gov.cantho.egov.shared.BusinessException.invalid("dossier.file-too-large", field,
					MAX_SIZE / (1024 * 1024));
		}
	}
}
