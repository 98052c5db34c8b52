package vn.gov.cantho.egov.health.web;

import java.util.List;

import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Reads the registration form into a registration, collecting every problem of the form at once so the error summary
 * lists them all; the venue rules themselves (and any the form cannot see) are the module's, whose refusals join the
 * same summary.
 */
final class VenueFormRules {

	static final int MAX_NAME = 200;
	static final int MAX_ADDRESS = 300;
	static final int MAX_MINUTES = 1440;
	static final int MIN_STAY = 5;

	private VenueFormRules() {
	}

	static VenueRegistration read(VenueForm form, HealthWards wards, List<BusinessException> problems) {
		String name = trimmed(form.getName());
		if (name == null || name.length() > MAX_NAME) {
			problems.add(BusinessException.invalid("health.web.venue-name", "name", MAX_NAME));
		}
		String address = trimmed(form.getAddress());
		if (address == null || address.length() > MAX_ADDRESS) {
			problems.add(BusinessException.invalid("health.web.venue-address", "address", MAX_ADDRESS));
		}
		String unit = trimmed(form.getUnitCode());
		if (!wards.isWard(unit)) {
			problems.add(BusinessException.invalid("health.web.venue-ward", "unitCode"));
		}
		VenueType type = type(form.getType());
		if (type == null) {
			problems.add(BusinessException.invalid("health.web.venue-type", "type"));
		}
		Integer stay = minutes(form.getDefaultStay(), MIN_STAY, "defaultStay", "health.web.venue-stay", problems);
		Integer overlap = minutes(form.getMinOverlap(), 0, "minOverlap", "health.web.venue-overlap", problems);
		String phone = null;
		if (trimmed(form.getOwnerPhone()) != null) {
			phone = Contacts.mobile(form.getOwnerPhone()).orElse(null);
			if (phone == null) {
				problems.add(BusinessException.invalid("health.web.venue-phone", "ownerPhone"));
			}
		}
		return new VenueRegistration(name, address, unit, type, stay, overlap, phone);
	}

	static VenueType type(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (VenueType type : VenueType.values()) {
			if (type.name().equals(text.trim())) {
				return type;
			}
		}
		return null;
	}

	/** A blank value is null (the type's default); anything else must be whole minutes within the bounds. */
	private static Integer minutes(String text, int min, String field, String code, List<BusinessException> problems) {
		String trimmed = trimmed(text);
		if (trimmed == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(trimmed);
			if (value >= min && value <= MAX_MINUTES) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below like any other value out of bounds
		}
		problems.add(BusinessException.invalid(code, field, min, MAX_MINUTES));
		return null;
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
