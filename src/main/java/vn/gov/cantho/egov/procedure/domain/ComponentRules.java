package vn.gov.cantho.egov.procedure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Rules for the dossier components and the form fields. Their codes and keys are what dossiers refer to, so they
 * are unique within the procedure; when left blank they are derived from the Vietnamese name.
 */
final class ComponentRules {

	static final Pattern DOCUMENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
	static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
	static final int MAX_DOCUMENTS = 30;
	static final int MAX_FIELDS = 50;
	static final int MAX_COPIES = 20;
	static final int MAX_FIELD_LENGTH = 4000;
	static final int LABEL_LENGTH = 300;
	static final int OPTIONS_LENGTH = 2000;

	private ComponentRules() {
	}

	static List<RequiredDocument> documents(List<RequiredDocument> documents) {
		Set<String> taken = new HashSet<>();
		documents.stream().map(d -> ProcedureRules.text(d.code())).filter(c -> c != null).forEach(taken::add);
		List<RequiredDocument> result = new ArrayList<>();
		for (RequiredDocument d : documents) {
			String code = ProcedureRules.text(d.code());
			String nameVi = ProcedureRules.text(d.nameVi());
			result.add(new RequiredDocument(code == null && nameVi != null ? derived(nameVi, "giay-to", taken) : code,
					nameVi, ProcedureRules.text(d.nameEn()), d.form(), d.copies(), d.mandatory()));
		}
		return result;
	}

	static List<FormField> formFields(List<FormField> fields) {
		Set<String> taken = new HashSet<>();
		fields.stream().map(f -> ProcedureRules.text(f.key())).filter(k -> k != null).forEach(taken::add);
		List<FormField> result = new ArrayList<>();
		for (FormField f : fields) {
			String key = ProcedureRules.text(f.key());
			String labelVi = ProcedureRules.text(f.labelVi());
			List<String> options = f.options()
				.stream()
				.filter(o -> o != null)
				.flatMap(o -> Arrays.stream(o.split("\\R")))
				.map(String::strip)
				.filter(o -> !o.isEmpty())
				.distinct()
				.toList();
			result.add(new FormField(key == null && labelVi != null ? derived(labelVi, "truong", taken) : key, labelVi,
					ProcedureRules.text(f.labelEn()), f.type(), f.required(), f.maxLength(),
					ProcedureRules.text(f.pattern()), options));
		}
		return result;
	}

	static void check(Problems problems, List<RequiredDocument> documents, List<FormField> fields) {
		if (documents.size() > MAX_DOCUMENTS) {
			problems.add("procedure.too-many-rows", "documents", MAX_DOCUMENTS);
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			document(problems, documents.get(i), "documents[" + i + "].", codes);
		}
		if (fields.size() > MAX_FIELDS) {
			problems.add("procedure.too-many-rows", "formFields", MAX_FIELDS);
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			field(problems, fields.get(i), "formFields[" + i + "].", keys);
		}
	}

	private static void document(Problems problems, RequiredDocument d, String at, Set<String> codes) {
		if (problems.required(d.code(), at + "code")) {
			if (!DOCUMENT_CODE.matcher(d.code()).matches()) {
				problems.add("procedure.document-code-invalid", at + "code", d.code(), Problems.row(at));
			}
			else if (!codes.add(d.code())) {
				problems.add("procedure.duplicate-document-code", at + "code", d.code(), Problems.row(at));
			}
		}
		text(problems, d.nameVi(), ProcedureRules.NAME_LENGTH, at + "nameVi");
		text(problems, d.nameEn(), ProcedureRules.NAME_LENGTH, at + "nameEn");
		problems.required(d.form(), at + "form");
		if (d.copies() < 1 || d.copies() > MAX_COPIES) {
			problems.add("procedure.copies-out-of-range", at + "copies", 1, MAX_COPIES, Problems.row(at));
		}
	}

	private static void field(Problems problems, FormField f, String at, Set<String> keys) {
		if (problems.required(f.key(), at + "key")) {
			if (!FIELD_KEY.matcher(f.key()).matches()) {
				problems.add("procedure.field-key-invalid", at + "key", f.key(), Problems.row(at));
			}
			else if (!keys.add(f.key())) {
				problems.add("procedure.duplicate-field-key", at + "key", f.key(), Problems.row(at));
			}
		}
		text(problems, f.labelVi(), LABEL_LENGTH, at + "labelVi");
		text(problems, f.labelEn(), LABEL_LENGTH, at + "labelEn");
		if (problems.required(f.type(), at + "type")) {
			if (f.type() == FormField.FieldType.CHOICE && f.options().isEmpty()) {
				problems.add("procedure.choice-needs-options", at + "options", Problems.row(at));
			}
			if (f.type() != FormField.FieldType.CHOICE && !f.options().isEmpty()) {
				problems.add("procedure.options-only-for-choice", at + "options", Problems.row(at));
			}
		}
		problems.maxLength(String.join("\n", f.options()), OPTIONS_LENGTH, at + "options");
		if (f.maxLength() != null && (f.maxLength() < 1 || f.maxLength() > MAX_FIELD_LENGTH)) {
			problems.add("procedure.max-length-out-of-range", at + "maxLength", 1, MAX_FIELD_LENGTH, Problems.row(at));
		}
		problems.maxLength(f.pattern(), LABEL_LENGTH, at + "pattern");
		if (f.pattern() != null && !compiles(f.pattern())) {
			problems.add("procedure.pattern-invalid", at + "pattern", Problems.row(at));
		}
	}

	private static void text(Problems problems, String value, int max, String field) {
		if (problems.required(value, field)) {
			problems.maxLength(value, max, field);
		}
	}

	private static boolean compiles(String pattern) {
		try {
			Pattern.compile(pattern);
			return true;
		}
		catch (PatternSyntaxException e) {
			return false;
		}
	}

	/** A code made of the folded name's words ({@code to-khai-de-nghi}), unique among {@code taken}. */
	static String derived(String name, String fallback, Set<String> taken) {
		String slug = TextFolding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 32) {
			slug = slug.substring(0, 32).replaceAll("-+$", "");
		}
		// Form field keys start with a letter, so a label starting with a number gets the fallback in front.
		String base = slug.isEmpty() ? fallback : Character.isDigit(slug.charAt(0)) ? fallback + "-" + slug : slug;
		String candidate = base;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = base + "-" + n;
		}
		taken.add(candidate);
		return candidate;
	}
}
