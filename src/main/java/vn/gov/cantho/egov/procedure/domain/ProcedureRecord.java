package vn.gov.cantho.egov.procedure.domain;

import vn.gov.cantho.egov.procedure.ProcedureView;

/** A stored procedure with what only the catalogue's own pages show: the notes and the version for editing. */
public record ProcedureRecord(ProcedureView view, String notes, int version) {
}
