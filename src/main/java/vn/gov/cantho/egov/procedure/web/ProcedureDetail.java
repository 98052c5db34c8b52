package vn.gov.cantho.egov.procedure.web;

import java.util.List;
import java.util.Set;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.procedure.domain.ProcedureRecord;

/**
 * Everything about one procedure: what a mobile app needs to show it and render its application form, the notes
 * (what is still to be confirmed) and the version to send back with a change.
 */
record ProcedureDetail(String code, String nameVi, String nameEn, String fieldCode, String fieldNameVi,
		String fieldNameEn, ProcedureLevel level, String agencyCode, String agencyNameVi, String agencyNameEn,
		TimeLimit timeLimit, FeeSchedule fee, OnlineMode onlineMode, boolean acceptsOnline, ResultForm resultForm,
		Set<DeliveryOption> deliveries, List<RequiredDocument> documents, List<FormField> formFields, boolean active,
		String notes, int version) {

	static ProcedureDetail of(ProcedureRecord record, DirectoryNames names) {
		ProcedureView p = record.view();
		AgencyView agency = names.agency(p.agencyCode());
		FieldView field = names.field(p.fieldCode());
		return new ProcedureDetail(p.code(), p.nameVi(), p.nameEn(), p.fieldCode(),
				field == null ? null : field.name(), field == null ? null : field.nameEn(), p.level(), p.agencyCode(),
				agency == null ? null : agency.name(), agency == null ? null : agency.nameEn(), p.timeLimit(), p.fee(),
				p.onlineMode(), p.onlineMode().acceptsOnline(), p.resultForm(), p.deliveries(), p.documents(),
				p.formFields(), p.active(), record.notes(), record.version());
	}
}
