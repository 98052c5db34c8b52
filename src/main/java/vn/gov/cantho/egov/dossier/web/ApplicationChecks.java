package vn.gov.cantho.egov.dossier.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Whether the posted form is complete enough to be reviewed: every field the procedure requires, the mandatory files
 * of an online application (paper is handed over at the counter), the applicant's name and phone, the channel at the
 * counter and the delivery choice. Formats are the dossier module's to judge when the applicant confirms; its
 * refusals come back to this form the same way. The codes are the dossier module's, so both say the same words.
 */
@Component
class ApplicationChecks {

	static final String FIELD_REQUIRED = "dossier.field-required";
	static final String NAME_REQUIRED = "dossier.applicant-name-required";
	static final String PHONE_INVALID = "dossier.invalid-phone";
	static final String DOCUMENT_MISSING = "dossier.document-missing";
	static final String DELIVERY_REQUIRED = "dossier.delivery-required";
	static final String POSTAL_ADDRESS_REQUIRED = "dossier.postal-address-required";
	static final String CHANNEL_REQUIRED = "dossier.web.channel-required";

	List<BusinessException> check(ProcedureView procedure, Draft draft, boolean atCounter) {
		List<BusinessException> errors = new ArrayList<>();
		if (draft.fullName() == null) {
			errors.add(BusinessException.invalid(NAME_REQUIRED, "fullName"));
		}
		if (draft.phone() == null) {
			errors.add(BusinessException.invalid(PHONE_INVALID, "phone"));
		}
		for (FormField field : procedure.formFields()) {
			if (field.required() && draft.values().get(field.key()) == null) {
				errors.add(BusinessException.invalid(FIELD_REQUIRED, "values[" + field.key() + "]"));
			}
		}
		for (RequiredDocument document : procedure.documents()) {
			if (!atCounter && document.mandatory() && !draft.uploads().containsKey(document.code())) {
				errors.add(BusinessException.invalid(DOCUMENT_MISSING, "documents[" + document.code() + "]"));
			}
		}
		if (atCounter && draft.channel() == null) {
			errors.add(BusinessException.invalid(CHANNEL_REQUIRED, "channel"));
		}
		if (draft.delivery() == null || !procedure.deliveries().contains(draft.delivery())) {
			errors.add(BusinessException.invalid(DELIVERY_REQUIRED, "delivery"));
		}
		else if (draft.delivery() == DeliveryOption.POST && draft.postalAddress() == null) {
			errors.add(BusinessException.invalid(POSTAL_ADDRESS_REQUIRED, "postalAddress"));
		}
		return errors;
	}
}
