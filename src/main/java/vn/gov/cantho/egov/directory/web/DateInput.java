package vn.gov.cantho.egov.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/** Browsers send ISO dates from a date input; anything else is reported on the field, not as a failure. */
final class DateInput {

	private DateInput() {
	}

	static LocalDate parse(String text, String field, BindingResult form) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			form.rejectValue(field, "error.directory.date-invalid", new Object[] { text }, "date");
			return null;
		}
	}
}
