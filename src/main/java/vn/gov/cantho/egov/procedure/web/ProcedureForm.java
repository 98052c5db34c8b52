package vn.gov.cantho.egov.procedure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.procedure.domain.ProcedureRecord;

/**
 * The procedure form as typed. Its property paths are the field names the catalogue reports errors on
 * ({@code fee.amount}, {@code documents[1].nameVi}), so each error lands next to its input.
 */
public class ProcedureForm {

	/** Blank rows offered for new documents and form fields, so a short procedure needs no extra round trip. */
	static final int BLANK_ROWS = 1;

	private String code;
	private String nameVi;
	private String nameEn;
	private String fieldCode;
	private String level;
	private String agencyCode;
	private TimeLimitInput timeLimit = new TimeLimitInput();
	private FeeInput fee = new FeeInput();
	private String onlineMode;
	private String resultForm;
	private List<String> deliveries = new ArrayList<>(List.of(DeliveryOption.COUNTER.name()));
	private List<DocumentRow> documents = new ArrayList<>();
	private List<FieldRow> formFields = new ArrayList<>();
	private String notes;
	private Integer version;

	static ProcedureForm blankForm() {
		ProcedureForm form = new ProcedureForm();
		form.timeLimit.setKind(TimeLimit.Kind.WORKING_DAYS.name());
		form.fee.setKind("FREE");
		form.onlineMode = OnlineMode.NONE.name();
		form.resultForm = ResultForm.PAPER.name();
		return form.withBlankRows();
	}

	static ProcedureForm of(ProcedureRecord record) {
		ProcedureView p = record.view();
		ProcedureForm form = new ProcedureForm();
		form.code = p.code();
		form.nameVi = p.nameVi();
		form.nameEn = p.nameEn();
		form.fieldCode = p.fieldCode();
		form.level = p.level().name();
		form.agencyCode = p.agencyCode();
		form.timeLimit.setKind(p.timeLimit().kind().name());
		form.timeLimit.setWorkingDays(p.timeLimit().kind() == TimeLimit.Kind.WORKING_DAYS
				? String.valueOf(p.timeLimit().workingDays()) : null);
		form.fee = FeeInput.of(p.fee());
		form.onlineMode = p.onlineMode().name();
		form.resultForm = p.resultForm().name();
		form.deliveries = p.deliveries().stream().map(Enum::name).sorted().collect(Collectors.toList());
		form.documents = p.documents().stream().map(DocumentRow::of).collect(Collectors.toList());
		form.formFields = p.formFields().stream().map(FieldRow::of).collect(Collectors.toList());
		form.notes = record.notes();
		form.version = record.version();
		return form.withBlankRows();
	}

	/** Drops rows left blank or marked for removal, so the rows left are numbered as the catalogue numbers them. */
	ProcedureForm compact() {
		documents.removeIf(row -> row == null || row.isRemove() || row.isBlank());
		formFields.removeIf(row -> row == null || row.isRemove() || row.isBlank());
		return this;
	}

	/** Adds blank rows at the end, after the numbered ones, to show the form again. */
	ProcedureForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			documents.add(new DocumentRow());
			formFields.add(new FieldRow());
		}
		return this;
	}

	/** The definition of a compacted form; numbers that cannot be read are collected in {@code numbers}. */
	ProcedureDefinition definition(FormNumbers numbers) {
		List<RequiredDocument> docs = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			docs.add(documents.get(i).document(numbers, i));
		}
		List<FormField> fields = new ArrayList<>();
		for (int i = 0; i < formFields.size(); i++) {
			fields.add(formFields.get(i).field(numbers, i));
		}
		Set<DeliveryOption> options = deliveries == null ? Set.of()
				: deliveries.stream()
					.map(d -> FormNumbers.constant(DeliveryOption.class, d))
					.filter(Objects::nonNull)
					.collect(Collectors.toSet());
		TimeLimit.Kind limitKind = FormNumbers.constant(TimeLimit.Kind.class, timeLimit.getKind());
		ProcedureLevel tier = FormNumbers.constant(ProcedureLevel.class, level);
		return new ProcedureDefinition(code, nameVi, nameEn, fieldCode, tier, agencyCode, limitKind,
				numbers.count(timeLimit.getWorkingDays(), "timeLimit.workingDays"),
				fee.schedule(numbers), FormNumbers.constant(OnlineMode.class, onlineMode),
				FormNumbers.constant(ResultForm.class, resultForm), options, docs, fields, notes);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getFieldCode() {
		return fieldCode;
	}

	public void setFieldCode(String fieldCode) {
		this.fieldCode = fieldCode;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public TimeLimitInput getTimeLimit() {
		return timeLimit;
	}

	public void setTimeLimit(TimeLimitInput timeLimit) {
		this.timeLimit = timeLimit;
	}

	public FeeInput getFee() {
		return fee;
	}

	public void setFee(FeeInput fee) {
		this.fee = fee;
	}

	public String getOnlineMode() {
		return onlineMode;
	}

	public void setOnlineMode(String onlineMode) {
		this.onlineMode = onlineMode;
	}

	public String getResultForm() {
		return resultForm;
	}

	public void setResultForm(String resultForm) {
		this.resultForm = resultForm;
	}

	public List<String> getDeliveries() {
		return deliveries;
	}

	public void setDeliveries(List<String> deliveries) {
		this.deliveries = deliveries;
	}

	public List<DocumentRow> getDocuments() {
		return documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

	public List<FieldRow> getFormFields() {
		return formFields;
	}

	public void setFormFields(List<FieldRow> formFields) {
		this.formFields = formFields;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
