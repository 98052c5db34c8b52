package vn.gov.cantho.egov.procedure.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.FormField.FieldType;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;

/** Builds one demo procedure readably: {@code procedure(code, vi, en).handledBy(...).days(8)...definition()}. */
final class DemoProcedure {

	/** Twelve digits, as on the chip-based citizen identity card. */
	static final String CITIZEN_ID = "\\d{12}";
	/** A Vietnamese mobile or landline number as dialled at home: 0 and nine digits. */
	static final String PHONE = "0\\d{9}";

	private final String code;
	private final String nameVi;
	private final String nameEn;
	private String fieldCode;
	private ProcedureLevel level;
	private String agencyCode;
	private TimeLimit.Kind limitKind;
	private Integer days;
	private FeeSchedule fee = FeeSchedule.free();
	private OnlineMode onlineMode = OnlineMode.NONE;
	private ResultForm resultForm = ResultForm.PAPER;
	private final Set<DeliveryOption> deliveries = EnumSet.of(DeliveryOption.COUNTER);
	private final List<RequiredDocument> documents = new ArrayList<>();
	private final List<FormField> formFields = new ArrayList<>();
	private String notes;

	private DemoProcedure(String code, String nameVi, String nameEn) {
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

	static DemoProcedure procedure(String code, String nameVi, String nameEn) {
		return new DemoProcedure(code, nameVi, nameEn);
	}

	DemoProcedure handledBy(String agency, ProcedureLevel tier, String field) {
		this.agencyCode = agency;
		this.level = tier;
		this.fieldCode = field;
		return this;
	}

	DemoProcedure days(int workingDays) {
		this.limitKind = TimeLimit.Kind.WORKING_DAYS;
		this.days = workingDays;
		return this;
	}

	DemoProcedure sameDay() {
		this.limitKind = TimeLimit.Kind.SAME_DAY;
		this.days = 0;
		return this;
	}

	DemoProcedure fee(FeeSchedule schedule) {
		this.fee = schedule;
		return this;
	}

	DemoProcedure online(OnlineMode mode) {
		this.onlineMode = mode;
		return this;
	}

	/** The form of the result and every way it may be received (the counter is always one). */
	DemoProcedure result(ResultForm form, DeliveryOption... also) {
		this.resultForm = form;
		this.deliveries.addAll(List.of(also));
		return this;
	}

	DemoProcedure document(String documentCode, String vi, String en, DocumentForm form, boolean mandatory) {
		documents.add(new RequiredDocument(documentCode, vi, en, form, 1, mandatory));
		return this;
	}

	DemoProcedure field(String key, String vi, String en, FieldType type, boolean required) {
		return field(key, vi, en, type, required, null, List.of());
	}

	DemoProcedure field(String key, String vi, String en, FieldType type, boolean required, String pattern,
			List<String> options) {
		Integer maxLength = switch (type) {
			case TEXT -> 200;
			case TEXTAREA -> 1000;
			default -> null;
		};
		formFields.add(new FormField(key, vi, en, type, required, maxLength, pattern, options));
		return this;
	}

	/** The applicant's name, citizen ID number and phone, which most forms ask for. */
	DemoProcedure applicantFields() {
		return field("fullName", "Họ và tên", "Full name", FieldType.TEXT, true)
			.field("citizenId", "Số định danh cá nhân (CCCD)", "Personal identification number", FieldType.CITIZEN_ID,
					true, CITIZEN_ID, List.of())
			.field("phone", "Số điện thoại", "Phone number", FieldType.PHONE, true, PHONE, List.of());
	}

	/** Notes are put together from shared sentences; repeated spaces between them are dropped. */
	DemoProcedure notes(String text) {
		this.notes = text.replaceAll(" {2,}", " ").strip();
		return this;
	}

	String code() {
		return code;
	}

	ProcedureDefinition definition() {
		return new ProcedureDefinition(code, nameVi, nameEn, fieldCode, level, agencyCode, limitKind, days, fee,
				onlineMode, resultForm, deliveries, documents, formFields, notes);
	}
}
