package vn.gov.cantho.egov.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What the form page checks before it shows the answers for review: every field and document the procedure declares
 * as required, the formats its fields declare, the applicant's contact and the delivery choice. The dossier module
 * checks the application again on submission; this only spares the applicant a review page that cannot be confirmed.
 * Each error names the form field ({@code values[key]}, {@code documents[code]}) and carries its label.
 */
@Component
class ApplicationChecks {

	static final String REQUIRED = "dossier.web.required";
	static final String DOCUMENT_MISSING = "dossier.web.document-missing";
	static final String FORMAT = "dossier.web.format";
	static final String TOO_LONG = "dossier.web.too-long";
	static final String CHOOSE = "dossier.web.choose";

	private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	private final MessageSource messages;
	private final Clock clock;

	ApplicationChecks(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	List<BusinessException> check(ProcedureView procedure, Draft draft, boolean atCounter, Locale locale) {
		List<BusinessException> errors = new ArrayList<>();
		required(errors, "fullName", draft.fullName(), label("dossier.web.applicant.fullName", locale));
		required(errors, "phone", draft.phone(), label("dossier.web.applicant.phone", locale));
		format(errors, "phone", compact(draft.phone()), PHONE, label("dossier.web.applicant.phone", locale));
		format(errors, "email", draft.email(), EMAIL, label("dossier.web.applicant.email", locale));
		if (draft.citizenId() != null && !CitizenIdNumber.isValid(compact(draft.citizenId()), Year.now(clock))) {
			errors.add(BusinessException.invalid(FORMAT, "citizenId", label("dossier.web.applicant.citizenId", locale)));
		}
		for (FormField field : procedure.formFields()) {
			checkField(errors, field, draft.values(), locale);
		}
		for (RequiredDocument document : procedure.documents()) {
			if (document.mandatory() && !draft.uploads().containsKey(document.code())) {
				errors.add(BusinessException.invalid(DOCUMENT_MISSING, "documents[" + document.code() + "]",
						text(document.nameVi(), document.nameEn(), locale)));
			}
		}
		if (atCounter && draft.channel() == null) {
			errors.add(BusinessException.invalid(CHOOSE, "channel", label("dossier.web.channel", locale)));
		}
		if (draft.delivery() == null || !procedure.deliveries().contains(draft.delivery())) {
			errors.add(BusinessException.invalid(CHOOSE, "delivery", label("dossier.web.delivery", locale)));
		}
		else if (draft.delivery() == DeliveryOption.POST) {
			required(errors, "postalAddress", draft.postalAddress(), label("dossier.web.postalAddress", locale));
		}
		return errors;
	}

	private void checkField(List<BusinessException> errors, FormField field, Map<String, String> values,
			Locale locale) {
		String name = "values[" + field.key() + "]";
		String label = text(field.labelVi(), field.labelEn(), locale);
		String value = values.get(field.key());
		if (value == null) {
			if (field.required()) {
				errors.add(BusinessException.invalid(field.type() == FormField.FieldType.CHOICE ? CHOOSE : REQUIRED,
						name, label));
			}
			return;
		}
		if (field.maxLength() != null && value.length() > field.maxLength()) {
			errors.add(BusinessException.invalid(TOO_LONG, name, label, field.maxLength()));
		}
		else if (!matchesType(field, value) || !matchesPattern(field, value)) {
			errors.add(BusinessException.invalid(FORMAT, name, label));
		}
	}

	private boolean matchesType(FormField field, String value) {
		return switch (field.type()) {
			case NUMBER -> NUMBER.matcher(value).matches();
			case DATE -> isDate(value);
			case PHONE -> PHONE.matcher(compact(value)).matches();
			case EMAIL -> EMAIL.matcher(value).matches();
			case CITIZEN_ID -> CitizenIdNumber.isValid(compact(value), Year.now(clock));
			case CHOICE -> field.options().contains(value);
			case TEXT, TEXTAREA -> true;
		};
	}

	private static boolean matchesPattern(FormField field, String value) {
		if (field.pattern() == null || field.pattern().isBlank()) {
			return true;
		}
		try {
			return Pattern.compile(field.pattern()).matcher(value).matches();
		}
		catch (PatternSyntaxException e) {
			// A broken pattern in the catalogue must not lock applicants out; the dossier module decides on submit.
			return true;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static void required(List<BusinessException> errors, String field, String value, String label) {
		if (value == null) {
			errors.add(BusinessException.invalid(REQUIRED, field, label));
		}
	}

	private static void format(List<BusinessException> errors, String field, String value, Pattern pattern,
			String label) {
		if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
			errors.add(BusinessException.invalid(FORMAT, field, label));
		}
	}

	private static String compact(String value) {
		return value == null ? null : value.replace(" ", "").replace(".", "");
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String text(String vi, String en, Locale locale) {
		return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
	}
}
