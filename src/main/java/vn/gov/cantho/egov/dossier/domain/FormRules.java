package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * The procedure's form fields applied to the values typed in: required, type (number, date, phone, e-mail, ID
 * number, choice), maximum length and pattern. Errors name the field as {@code formValues.KEY}.
 */
@Component
class FormRules {

	/** Longest value of any field without a maximum of its own. */
	static final int DEFAULT_MAX_LENGTH = 2000;
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");

	private final Clock clock;
	private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

	FormRules(Clock clock) {
		this.clock = clock;
	}

	/** Checks {@code given} and puts the trimmed, non-blank values into {@code accepted}. */
	List<BusinessException> check(List<FormField> fields, Map<String, String> given, Map<String, String> accepted) {
		List<BusinessException> errors = new ArrayList<>();
		Map<String, FormField> byKey = new HashMap<>();
		fields.forEach(f -> byKey.put(f.key(), f));
		given.keySet()
			.stream()
			.filter(key -> !byKey.containsKey(key))
			.sorted()
			.forEach(key -> errors.add(BusinessException.invalid("dossier.unknown-field", "formValues." + key)));
		for (FormField field : fields) {
			String raw = given.get(field.key());
			String value = raw == null ? "" : raw.trim();
			String name = "formValues." + field.key();
			if (value.isEmpty()) {
				if (field.required()) {
					errors.add(BusinessException.invalid("dossier.field-required", name));
				}
				continue;
			}
			int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
			if (value.length() > max) {
				errors.add(BusinessException.invalid("dossier.field-too-long", name, max));
			}
			else if (!fitsType(field, value) || !matchesPattern(field, value)) {
				errors.add(BusinessException.invalid("dossier.field-invalid", name));
			}
			else {
				accepted.put(field.key(), value);
			}
		}
		return errors;
	}

	private boolean fitsType(FormField field, String value) {
		return switch (field.type()) {
			case TEXT, TEXTAREA -> true;
			case NUMBER -> NUMBER.matcher(value).matches();
			case DATE -> isDate(value);
			case PHONE -> Contacts.mobile(value).isPresent();
			case EMAIL -> Contacts.email(value).isPresent();
			case CITIZEN_ID -> isCitizenId(value.replace(" ", ""), clock);
			case CHOICE -> field.options().contains(value);
		};
	}

	private boolean matchesPattern(FormField field, String value) {
		if (field.pattern() == null || field.pattern().isBlank()) {
			return true;
		}
		try {
			return patterns.computeIfAbsent(field.pattern(), Pattern::compile).matcher(value).matches();
		}
		catch (PatternSyntaxException e) {
			// A broken pattern in the catalogue must not stop every application of the procedure.
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

	static boolean isCitizenId(String digits, Clock clock) {
		return CitizenIdNumber.isValid(digits, Year.now(clock));
	}
}
