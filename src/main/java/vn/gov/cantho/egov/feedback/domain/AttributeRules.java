package vn.gov.cantho.egov.feedback.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Answers to a field's extra questions checked against its definition, as Open311 defines the datatypes: required
 * questions answered, numbers and datetimes (ISO 8601 with an offset) parse, list answers are keys of the list (one for
 * a singlevaluelist), texts at most 500 characters, no unknown question. Errors name {@code attributes.CODE}.
 */
final class AttributeRules {

	static final int MAX_VALUE = 500;

	private AttributeRules() {
	}

	/** @return the answers to keep, trimmed, empty ones dropped */
	static Map<String, List<String>> check(FeedbackFieldView field, Map<String, List<String>> given,
			List<BusinessException> errors) {
		Map<String, FieldAttribute> questions = field.attributes()
			.stream()
			.collect(Collectors.toMap(FieldAttribute::code, a -> a));
		Map<String, List<String>> answers = new TreeMap<>();
		given.forEach((code, values) -> {
			List<String> kept = values == null ? List.of()
					: values.stream()
						.filter(Objects::nonNull)
						.map(String::trim)
						.filter(v -> !v.isEmpty())
						.toList();
			if (!questions.containsKey(code)) {
				errors.add(BusinessException.invalid("feedback.attribute-unknown", "attributes." + code));
			}
			else if (!kept.isEmpty()) {
				answers.put(code, kept);
			}
		});
		for (FieldAttribute question : field.attributes()) {
			List<String> values = answers.get(question.code());
			String name = "attributes." + question.code();
			if (values == null) {
				if (question.required()) {
					errors.add(BusinessException.invalid("feedback.attribute-required", name));
				}
				continue;
			}
			problem(question, values).ifPresent(code -> errors.add(BusinessException.invalid(code, name)));
		}
		return answers;
	}

	private static java.util.Optional<String> problem(FieldAttribute question, List<String> values) {
		if (values.stream().anyMatch(v -> v.length() > MAX_VALUE)) {
			return java.util.Optional.of("feedback.attribute-too-long");
		}
		boolean multiple = "multivaluelist".equals(question.datatype());
		if (!multiple && values.size() > 1) {
			return java.util.Optional.of("feedback.attribute-single-value");
		}
		Set<String> keys = question.values().stream().map(AttributeValue::key).collect(Collectors.toSet());
		List<String> wrong = new ArrayList<>();
		for (String v : values) {
			boolean ok = switch (question.datatype()) {
				case "number" -> isNumber(v);
				case "datetime" -> isDatetime(v);
				case "singlevaluelist", "multivaluelist" -> keys.contains(v);
				default -> true;
			};
			if (!ok) {
				wrong.add(v);
			}
		}
		return wrong.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of("feedback.attribute-invalid-" + switch (question.datatype()) {
					case "number" -> "number";
					case "datetime" -> "datetime";
					default -> "value";
				});
	}

	private static boolean isNumber(String v) {
		try {
			new BigDecimal(v);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean isDatetime(String v) {
		try {
			OffsetDateTime.parse(v);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
