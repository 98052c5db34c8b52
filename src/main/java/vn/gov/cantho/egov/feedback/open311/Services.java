package vn.gov.cantho.egov.feedback.open311;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.FeedbackFields;

/** The GeoReport v2 services: the active fields of the feedback module, with their texts in either language. */
@Component
class Services {

	static final String SINGLE = "singlevaluelist";
	static final String MULTIPLE = "multivaluelist";

	private final FeedbackFields fields;
	private final MessageSource messages;

	Services(FeedbackFields fields, MessageSource messages) {
		this.fields = fields;
		this.messages = messages;
	}

	List<FeedbackFieldView> all() {
		return fields.fields();
	}

	/** An active field; inactive ones take no new requests and have no definition. */
	Optional<FeedbackFieldView> find(String code) {
		return fields.fields().stream().filter(f -> f.code().equals(code)).findFirst();
	}

	/** A field with this code, active or not: requests filed under a field since retired keep its name. */
	Optional<FeedbackFieldView> anyByCode(String code) {
		Optional<FeedbackFieldView> active = find(code);
		return active.isPresent() ? active : fields.field(code);
	}

	String description(FeedbackFieldView field, Locale locale) {
		return messages.getMessage("open311.service.description",
				new Object[] { name(field, locale), field.deadlineDays() }, locale);
	}

	/** What happens next, for the POST answer and each listed request. */
	String notice(FeedbackFieldView field, Locale locale) {
		return messages.getMessage("open311.service.notice", new Object[] { field.deadlineDays() }, locale);
	}

	static String name(FeedbackFieldView field, Locale locale) {
		return english(locale) && field.nameEn() != null ? field.nameEn() : field.name();
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	static boolean isList(FieldAttribute attribute) {
		return SINGLE.equals(attribute.datatype()) || MULTIPLE.equals(attribute.datatype());
	}

	static List<FieldAttribute> ordered(FeedbackFieldView field) {
		return field.attributes().stream().sorted(Comparator.comparingInt(FieldAttribute::order)).toList();
	}
}
