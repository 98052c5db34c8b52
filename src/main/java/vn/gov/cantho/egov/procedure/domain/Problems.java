package vn.gov.cantho.egov.procedure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Collects the broken rules of one definition, each on its field path ({@code documents[2].nameVi}). The messages
 * name the field by its translated label ({@code procedure.label.documents.nameVi}) and, in a list, the row number.
 */
final class Problems {

	private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

	private final List<BusinessException> found = new ArrayList<>();

	void add(String code, String field, Object... args) {
		found.add(BusinessException.invalid(code, field, args));
	}

	/** Whether the value is there; if not, records that it is required. */
	boolean required(Object value, String field) {
		boolean present = value != null && !(value instanceof String text && text.isBlank());
		if (!present) {
			add("procedure.value-required", field, label(field), row(field));
		}
		return present;
	}

	void maxLength(String value, int max, String field) {
		if (value != null && value.length() > max) {
			add("procedure.text-too-long", field, label(field), max, row(field));
		}
	}

	boolean isEmpty() {
		return found.isEmpty();
	}

	List<BusinessException> list() {
		return List.copyOf(found);
	}

	/** The field's label, translated when the message is rendered. */
	static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("procedure.label." + INDEX.matcher(field).replaceAll(""));
	}

	/** The 1-based row of a field in a list ({@code documents[2].nameVi} is row 3), or 0 for a top-level field. */
	static int row(String field) {
		int open = field.indexOf('[');
		return open < 0 ? 0 : Integer.parseInt(field.substring(open + 1, field.indexOf(']'))) + 1;
	}
}
