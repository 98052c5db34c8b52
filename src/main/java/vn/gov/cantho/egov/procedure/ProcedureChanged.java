package vn.gov.cantho.egov.procedure;

/** A procedure was edited, activated or deactivated; {@code active} is its state afterwards. */
public record ProcedureChanged(String code, String agencyCode, boolean active) {
}
