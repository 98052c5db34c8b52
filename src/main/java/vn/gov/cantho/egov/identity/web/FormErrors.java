package vn.gov.cantho.egov.identity.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import vn.gov.cantho.egov.shared.BusinessException;

/** Puts business-rule violations on a form, each on the field it names, with its translated message. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult form, List<BusinessException> errors) {
		errors.forEach(e -> reject(form, e));
	}

	static void reject(BindingResult form, BusinessException e) {
		if (e.field() != null && form.getFieldType(e.field()) != null) {
			form.rejectValue(e.field(), e.messageKey(), e.args(), null);
		}
		else {
			form.reject(e.messageKey(), e.args(), null);
		}
	}
}
