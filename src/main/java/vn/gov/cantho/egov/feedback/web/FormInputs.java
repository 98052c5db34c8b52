package vn.gov.cantho.egov.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * What the filing form and the 1022 console share: the feedback module's errors put on the inputs that caused them
 * (it names fields as its API does), typed coordinates read as numbers, and text inputs trimmed.
 */
final class FormInputs {

	static final String INVALID_COORDINATE = "feedback.web.invalid-coordinate";
	static final String HALF_PIN = "feedback.web.half-pin";

	private FormInputs() {
	}

	/**
	 * The form's input for a field as the feedback module names it: {@code reporter.phone} is {@code phone},
	 * {@code location.latitude} is {@code latitude}, {@code attributes.CODE} is {@code attributes[CODE]}, a photo is
	 * {@code photos}; anything else keeps its name (title, description, fieldCode).
	 */
	static String input(String field) {
		if (field == null) {
			return null;
		}
		String name = field.startsWith("reporter.") ? field.substring("reporter.".length())
				: field.startsWith("location.") ? field.substring("location.".length()) : field;
		if (name.startsWith("attributes.")) {
			return "attributes[" + name.substring("attributes.".length()) + "]";
		}
		if (name.startsWith("photo") || name.equals("file") || name.equals("content")) {
			return "photos";
		}
		return switch (name) {
			case "location", "pin", "lat" -> "latitude";
			case "long", "lng" -> "longitude";
			case "field", "service_code" -> "fieldCode";
			case "unit", "area" -> "unitCode";
			default -> name;
		};
	}

	/** Puts every error on its input, or on the form as a whole when the form has no such input. */
	static void reject(BindingResult form, List<BusinessException> errors) {
		List<BusinessException> named = new ArrayList<>();
		for (BusinessException error : errors) {
			for (BusinessException e : error.errors()) {
				named.add(renamed(e));
			}
		}
		FormErrors.reject(form, named);
	}

	private static BusinessException renamed(BusinessException e) {
		String input = input(e.field());
		if (java.util.Objects.equals(input, e.field())) {
			return e;
		}
		return BusinessException.invalid(e.code(), input, e.args());
	}

	/**
	 * The pin typed or set by the map; both parts or neither. A part that is not a number is reported on its input
	 * and the location is then taken without a pin, so that the module still checks everything else.
	 */
	static Location location(String latitude, String longitude, String address, String unitCode,
			List<BusinessException> problems) {
		Double lat = coordinate(latitude, "latitude", problems);
		Double lng = coordinate(longitude, "longitude", problems);
		if ((lat == null) != (lng == null) && problems.isEmpty()) {
			problems.add(BusinessException.invalid(HALF_PIN, lat == null ? "latitude" : "longitude"));
		}
		boolean pin = lat != null && lng != null;
		return new Location(pin ? lat : null, pin ? lng : null, trimmed(address), trimmed(unitCode));
	}

	private static Double coordinate(String text, String input, List<BusinessException> problems) {
		String value = trimmed(text);
		if (value == null) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(value.replace(',', '.'));
			if (!Double.isFinite(parsed)) {
				throw new NumberFormatException(value);
			}
			return parsed;
		}
		catch (NumberFormatException e) {
			problems.add(BusinessException.invalid(INVALID_COORDINATE, input));
			return null;
		}
	}

	/** The answers to a field's extra questions without empty values (a select left on its prompt). */
	static Map<String, List<String>> answers(Map<String, List<String>> attributes) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		attributes.forEach((code, values) -> {
			List<String> given = values == null ? List.of()
					: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
			if (!given.isEmpty()) {
				answers.put(code, given);
			}
		});
		return answers;
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
