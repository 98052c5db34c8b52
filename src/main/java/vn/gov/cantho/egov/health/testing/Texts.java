package vn.gov.cantho.egov.health.testing;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.gov.cantho.egov.shared.BusinessException;

/** Checks of typed text: trimmed, required, bounded. */
final class Texts {

	private Texts() {
	}

	/** The trimmed text, or null after adding a problem when it is blank or longer than {@code max}. */
	static String required(String text, int max, String field, List<BusinessException> problems) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			problems.add(BusinessException.invalid("health.testing.required", field, label(field)));
			return null;
		}
		if (trimmed.length() > max) {
			problems.add(BusinessException.invalid("health.testing.too-long", field, label(field), max));
			return null;
		}
		return trimmed;
	}

	/** The trimmed text, or null when blank; a problem when longer than {@code max}. */
	static String optional(String text, int max, String field, List<BusinessException> problems) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.length() > max) {
			problems.add(BusinessException.invalid("health.testing.too-long", field, label(field), max));
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** The field's name in the reader's language ({@code health.testing.field.<field>}), resolved with the message. */
	static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "health.testing.field." + field }, field);
	}
}
