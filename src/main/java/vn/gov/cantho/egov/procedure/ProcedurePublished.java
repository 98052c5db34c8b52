package vn.gov.cantho.egov.procedure;

/** A new procedure entered the catalogue, handled by {@code agencyCode}. */
public record ProcedurePublished(String code, String agencyCode) {
}
