package vn.gov.cantho.egov.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

import vn.gov.cantho.egov.shared.BusinessException;

/** Puts a business error next to the form field it is about, so the page can show and link to it. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult form, BusinessException e) {
		String key = e.messageKey();
		if (e.field() != null && form.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), e.field()) != null) {
			form.rejectValue(e.field(), key, e.args(), key);
		}
		else {
			form.reject(key, e.args(), key);
		}
	}

	/** Browsers send ISO dates from a date input; anything else is reported on the field, not as a failure. */
	static LocalDate date(String text, String field, BindingResult form) {
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
