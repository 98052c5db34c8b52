package vn.gov.cantho.egov.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.gov.cantho.egov.calendar.TimeLimit;

/**
 * Valid procedure definitions for tests, with a fresh code each time so tests also pass on a shared database:
 * {@code aProcedure().named("Cấp giấy phép thử").agency("UBND-CAIKHE").build()}.
 */
public final class ProcedureBuilder {

	private String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	private String nameVi = "Thủ tục thử nghiệm";
	private String nameEn = "Test procedure";
	private String fieldCode = "HO-TICH";
	private ProcedureLevel level = ProcedureLevel.COMMUNE;
	private String agencyCode = "UBND-CAIKHE";
	private TimeLimit.Kind limitKind = TimeLimit.Kind.WORKING_DAYS;
	private Integer days = 3;
	private FeeSchedule fee = FeeSchedule.fixed(10_000, null);
	private OnlineMode onlineMode = OnlineMode.FULL;
	private ResultForm resultForm = ResultForm.PAPER;
	private Set<DeliveryOption> deliveries = EnumSet.of(DeliveryOption.COUNTER, DeliveryOption.POST);
	private List<RequiredDocument> documents = new ArrayList<>(
			List.of(new RequiredDocument("to-khai", "Tờ khai", "Application form", DocumentForm.ORIGINAL, 1, true)));
	private List<FormField> formFields = new ArrayList<>(List.of(new FormField("fullName", "Họ và tên", "Full name",
			FormField.FieldType.TEXT, true, 100, null, List.of())));
	private String notes;

	private ProcedureBuilder() {
	}

	public static ProcedureBuilder aProcedure() {
		return new ProcedureBuilder();
	}

	public ProcedureBuilder code(String value) {
		this.code = value;
		return this;
	}

	public ProcedureBuilder named(String vi, String en) {
		this.nameVi = vi;
		this.nameEn = en;
		return this;
	}

	public ProcedureBuilder field(String value) {
		this.fieldCode = value;
		return this;
	}

	public ProcedureBuilder level(ProcedureLevel value) {
		this.level = value;
		return this;
	}

	public ProcedureBuilder agency(String value) {
		this.agencyCode = value;
		return this;
	}

	public ProcedureBuilder timeLimit(TimeLimit.Kind kind, Integer workingDays) {
		this.limitKind = kind;
		this.days = workingDays;
		return this;
	}

	public ProcedureBuilder fee(FeeSchedule value) {
		this.fee = value;
		return this;
	}

	public ProcedureBuilder online(OnlineMode value) {
		this.onlineMode = value;
		return this;
	}

	public ProcedureBuilder result(ResultForm form, Set<DeliveryOption> options) {
		this.resultForm = form;
		this.deliveries = options;
		return this;
	}

	public ProcedureBuilder documents(RequiredDocument... values) {
		this.documents = new ArrayList<>(List.of(values));
		return this;
	}

	public ProcedureBuilder formFields(FormField... values) {
		this.formFields = new ArrayList<>(List.of(values));
		return this;
	}

	public ProcedureBuilder notes(String value) {
		this.notes = value;
		return this;
	}

	public String code() {
		return code;
	}

	public ProcedureDefinition build() {
		return new ProcedureDefinition(code, nameVi, nameEn, fieldCode, level, agencyCode, limitKind, days, fee,
				onlineMode, resultForm, deliveries, documents, formFields, notes);
	}
}
