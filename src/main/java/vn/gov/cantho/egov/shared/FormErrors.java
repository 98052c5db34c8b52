package vn.gov.cantho.egov.shared;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Puts business-rule violations on a page's form, each on the field it names (or on the form as a whole when the
 * form has no such field), so the error summary can list and link them with their translated messages.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, List<BusinessException> errors) {
		errors.forEach(e -> reject(form, e));
	}

	/** Every rule the exception reports ({@link BusinessException#errors()}), not only the first. */
	public static void reject(BindingResult form, BusinessException exception) {
		for (BusinessException e : exception.errors()) {
			if (e.field() != null && form.getFieldType(e.field()) != null) {
				form.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
			}
			else {
				form.reject(e.messageKey(), e.args(), e.messageKey());
			}
		}
	}
}
