package vn.gov.cantho.egov.procedure;

import java.util.List;

/**
 * One field of the procedure's application form. {@code key} is unique within the procedure; {@code pattern} is a
 * Java regular expression the whole value must match (null: none); {@code options} are the allowed values of a
 * {@code CHOICE} field.
 */
public record FormField(String key, String labelVi, String labelEn, FieldType type, boolean required,
		Integer maxLength, String pattern, List<String> options) {

	public enum FieldType {
		TEXT, TEXTAREA, NUMBER, DATE, PHONE, EMAIL, CITIZEN_ID, CHOICE
	}

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
	}
}
