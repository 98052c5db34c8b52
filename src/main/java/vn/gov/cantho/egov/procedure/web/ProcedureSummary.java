package vn.gov.cantho.egov.procedure.web;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureView;

/** A search hit: enough to choose a procedure, with the agency and field named in both languages. */
record ProcedureSummary(String code, String nameVi, String nameEn, String fieldCode, String fieldNameVi,
		String fieldNameEn, ProcedureLevel level, String agencyCode, String agencyNameVi, String agencyNameEn,
		TimeLimit timeLimit, FeeSchedule fee, OnlineMode onlineMode, boolean acceptsOnline) {

	static ProcedureSummary of(ProcedureView p, DirectoryNames names) {
		AgencyView agency = names.agency(p.agencyCode());
		FieldView field = names.field(p.fieldCode());
		return new ProcedureSummary(p.code(), p.nameVi(), p.nameEn(), p.fieldCode(),
				field == null ? null : field.name(), field == null ? null : field.nameEn(), p.level(), p.agencyCode(),
				agency == null ? null : agency.name(), agency == null ? null : agency.nameEn(), p.timeLimit(), p.fee(),
				p.onlineMode(), p.onlineMode().acceptsOnline());
	}
}
