package vn.gov.cantho.egov.feedback.domain;

import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;

/**
 * What an administrator sets for a field that takes feedback: the directory field code, deadline in working days,
 * default agency, Open311 type, keywords and group, display order, whether it takes new items, the agency per area
 * ({@code routing}: unit code to agency code) and the extra questions.
 */
public record FieldDefinition(String code, int deadlineDays, String defaultAgency, String open311Type,
		String keywords, String group, int sortOrder, boolean active, Map<String, String> routing,
		List<FieldAttribute> attributes) {

	public FieldDefinition {
		routing = routing == null ? Map.of() : Map.copyOf(routing);
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}
}
