package vn.gov.cantho.egov.feedback;

import java.util.List;

/**
 * A field that takes feedback: names from the directory, deadline in working days, default agency, Open311 service
 * type ({@code realtime}, {@code batch} or {@code blackbox}), keywords and group, and its extra questions.
 */
public record FeedbackFieldView(String code, String name, String nameEn, int deadlineDays, String defaultAgency,
		String open311Type, String keywords, String group, List<FieldAttribute> attributes) {

	/** An extra question (Open311 attribute); datatype is one of Open311's. */
	public record FieldAttribute(String code, String datatype, boolean required, String descriptionVi,
			String descriptionEn, int order, List<AttributeValue> values) {
	}

	public record AttributeValue(String key, String nameVi, String nameEn) {
	}
}
