package vn.gov.cantho.egov.procedure.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Reads the numbers and choices of the procedure form. A number that cannot be read is collected as an error on its
 * field (and read as absent), so the page can report it together with the rules the catalogue checks.
 */
final class FormNumbers {

	private final List<BusinessException> errors = new ArrayList<>();

	Long amount(String text, String field) {
		String digits = text == null ? "" : text.replaceAll("[\\s.,₫]", "");
		if (digits.isEmpty()) {
			return null;
		}
		if (!digits.matches("\\d{1,12}")) {
			reject(text, field);
			return null;
		}
		return Long.valueOf(digits);
	}

	Integer count(String text, String field) {
		String digits = text == null ? "" : text.strip();
		if (digits.isEmpty()) {
			return null;
		}
		if (!digits.matches("\\d{1,6}")) {
			reject(text, field);
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** The constant named {@code value}, or null (a select offers only valid ones; anything else is tampering). */
	static <E extends Enum<E>> E constant(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
	}

	List<BusinessException> errors() {
		return List.copyOf(errors);
	}

	private void reject(String text, String field) {
		errors.add(BusinessException.invalid("procedure.number-invalid", field,
				new DefaultMessageSourceResolvable("procedure.label." + field.replaceAll("\\[\\d+]", "")), text));
	}
}
