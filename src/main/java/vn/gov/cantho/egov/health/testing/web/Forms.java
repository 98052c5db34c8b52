package vn.gov.cantho.egov.health.testing.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/** Small helpers of the test pages' forms. */
final class Forms {

	private Forms() {
	}

	/** The enum constant named by a form value; null when blank or unknown (the module then reports it missing). */
	static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * Runs {@code action}; a refusal for the user (4xx) is put on the form, field by field, and null returned so the
	 * page is shown again with what was typed. Server errors go on to the error page.
	 */
	static <T> T attempt(BindingResult form, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			FormErrors.reject(form, e);
			return null;
		}
	}
}
