package vn.gov.cantho.egov.procedure;

/** One component of the dossier (thành phần hồ sơ); {@code code} is unique within the procedure. */
public record RequiredDocument(String code, String nameVi, String nameEn, DocumentForm form, int copies,
		boolean mandatory) {
}
