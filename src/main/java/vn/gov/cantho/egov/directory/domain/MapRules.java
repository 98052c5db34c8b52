package vn.gov.cantho.egov.directory.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The checks every change to the map passes. History is only appended to, never rewritten: a change must not start
 * before the unit exists nor before its latest recorded change, so earlier dates keep answering as they did.
 */
class MapRules {

	static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{0,19}");
	/** Agency and field codes: short, upper case, since they appear in dossier codes and URLs. */
	static final Pattern CATALOGUE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

	private final UnitStore units;

	MapRules(UnitStore units) {
		this.units = units;
	}

	/** A unit that exists on {@code on} and has no end yet, so its history can be extended from that day. */
	UnitRecord current(String code, LocalDate on, String field) {
		UnitRecord unit = known(code, field);
		if (!unit.existsOn(on) || !unit.isOpen()) {
			throw BusinessException.invalid("directory.unit-not-current", field, code, on);
		}
		notBeforeHistory(code, on);
		return unit;
	}

	/** As {@link #current}, and the unit must have existed before {@code on} so that ending it leaves a period. */
	UnitRecord endable(String code, LocalDate on, String field) {
		UnitRecord unit = current(code, on, field);
		if (!unit.validFrom().isBefore(on)) {
			throw BusinessException.invalid("directory.date-before-history", "effectiveOn", code, unit.validFrom());
		}
		// A unit placed under this one after the end date would point at a parent that no longer exists.
		units.laterChildren(code, on).stream().findFirst().ifPresent(child -> {
			throw BusinessException.invalid("directory.later-children", "effectiveOn", code, child.unitCode(),
					child.validFrom());
		});
		return unit;
	}

	UnitRecord known(String code, String field) {
		if (code == null || code.isBlank()) {
			throw BusinessException.invalid("directory.value-required", field, field);
		}
		return units.record(code).orElseThrow(() -> BusinessException.notFound("directory.unit-not-found", field, code));
	}

	void notBeforeHistory(String code, LocalDate on) {
		LocalDate last = units.lastChange(code);
		if (on.isBefore(last)) {
			throw BusinessException.invalid("directory.date-before-history", "effectiveOn", code, last);
		}
	}

	static void required(Object value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw BusinessException.invalid("directory.value-required", field, field);
		}
	}

	static void newCode(String code, String field) {
		checkedCode(code, UNIT_CODE, field, "directory.unit-code-invalid");
	}

	/** The code once it is present and of the {@code pattern}; else {@code invalidError} on {@code field}. */
	static String checkedCode(String code, Pattern pattern, String field, String invalidError) {
		required(code, field);
		if (!pattern.matcher(code).matches()) {
			throw BusinessException.invalid(invalidError, field, code);
		}
		return code;
	}

	/** A child sits on a lower tier than its parent; after an abolition a commune sits directly under the city. */
	static void below(UnitLevel child, UnitLevel parent, String field) {
		if (child.ordinal() <= parent.ordinal()) {
			throw BusinessException.invalid("directory.parent-level", field, child, parent);
		}
	}
}
