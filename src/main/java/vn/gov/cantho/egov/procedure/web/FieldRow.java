package vn.gov.cantho.egov.procedure.web;

import java.util.Arrays;

import vn.gov.cantho.egov.procedure.FormField;

/**
 * One application form field row of the procedure form; the options of a choice are typed one per line. A row left
 * blank or marked for removal is dropped.
 */
public class FieldRow {

	private String key;
	private String labelVi;
	private String labelEn;
	private String type = FormField.FieldType.TEXT.name();
	private boolean required = true;
	private String maxLength;
	private String pattern;
	private String options;
	private boolean remove;

	static FieldRow of(FormField field) {
		FieldRow row = new FieldRow();
		row.key = field.key();
		row.labelVi = field.labelVi();
		row.labelEn = field.labelEn();
		row.type = field.type().name();
		row.required = field.required();
		row.maxLength = field.maxLength() == null ? null : field.maxLength().toString();
		row.pattern = field.pattern();
		row.options = String.join("\n", field.options());
		return row;
	}

	boolean isBlank() {
		return ProcedureForm.blank(key) && ProcedureForm.blank(labelVi) && ProcedureForm.blank(labelEn)
				&& ProcedureForm.blank(pattern) && ProcedureForm.blank(options);
	}

	FormField field(FormNumbers numbers, int index) {
		return new FormField(key, labelVi, labelEn, FormNumbers.constant(FormField.FieldType.class, type), required,
				numbers.count(maxLength, "formFields[" + index + "].maxLength"), pattern,
				options == null ? null : Arrays.asList(options.split("\\R")));
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getLabelVi() {
		return labelVi;
	}

	public void setLabelVi(String labelVi) {
		this.labelVi = labelVi;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getMaxLength() {
		return maxLength;
	}

	public void setMaxLength(String maxLength) {
		this.maxLength = maxLength;
	}

	public String getPattern() {
		return pattern;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}
}
