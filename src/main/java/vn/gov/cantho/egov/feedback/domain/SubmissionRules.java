package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Every rule a new item must meet, checked all at once so a form or an app can show every error together: texts
 * (required, bounded, never truncated; markup is kept as plain text), field, channel, location (pin inside the city,
 * known ward), reporter contact, photos and the field's extra questions ({@link AttributeRules}).
 */
@Component
class SubmissionRules {

	static final int MAX_TITLE = 200;
	static final int MAX_DESCRIPTION = 4000;
	static final int MAX_ADDRESS = 500;
	static final int MAX_NAME = 200;
	static final Set<FeedbackChannel> STAFF_CHANNELS = Set.of(FeedbackChannel.HOTLINE, FeedbackChannel.IN_PERSON);

	private final FieldConfiguration fields;
	private final CityBoundary city;
	private final AdministrativeMap map;
	private final PhotoStore photos;
	private final AccountDirectory accounts;
	private final Clock clock;

	SubmissionRules(FieldConfiguration fields, CityBoundary city, AdministrativeMap map, PhotoStore photos,
			AccountDirectory accounts, Clock clock) {
		this.accounts = accounts;
		this.fields = fields;
		this.city = city;
		this.map = map;
		this.photos = photos;
		this.clock = clock;
	}

	/** Who files: the account (null when anonymous), the photo owner, the submitter key and idempotency key. */
	record Submitter(Actor actor, String photoOwner, String submittedBy, String idempotencyKey) {
	}

	/** @throws BusinessException every broken rule */
	NewItem check(FeedbackSubmission s, Submitter who, int defaultDeadlineDays) {
		List<BusinessException> errors = new ArrayList<>();
		checkChannel(s.channel(), who.actor(), errors);
		String title = text(s.title(), "title", MAX_TITLE, true, errors);
		String description = text(s.description(), "description", MAX_DESCRIPTION, true, errors);
		Optional<FeedbackFieldView> field = field(s.fieldCode(), errors);
		Location at = s.location();
		checkPin(at, errors);
		String address = text(at.address(), "location.address", MAX_ADDRESS, false, errors);
		String unit = trimToNull(at.unitCode());
		if (unit != null && map.unit(unit, LocalDate.now(clock)).isEmpty()) {
			errors.add(BusinessException.invalid("feedback.unknown-unit", "location.unitCode"));
		}
		Reporter reporter = withAccountContact(s, who.actor());
		String name = text(reporter.name(), "reporter.name", MAX_NAME, false, errors);
		String phone = phone(reporter.phone(), s.channel(), errors);
		String email = email(reporter.email(), errors);
		checkPhotos(s.photoIds(), who.photoOwner(), errors);
		Map<String, List<String>> answers = field
			.map(f -> AttributeRules.check(f, s.attributes(), errors))
			.orElse(Map.of());
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		String fieldCode = field.map(FeedbackFieldView::code).orElse(null);
		String agency = fieldCode == null ? null : fields.agencyFor(fieldCode, unit);
		int days = field.map(FeedbackFieldView::deadlineDays).orElse(defaultDeadlineDays);
		String account = who.actor() != null && !STAFF_CHANNELS.contains(s.channel()) ? who.actor().username() : null;
		String typedPhone = trimToNull(s.reporter().phone()) == null ? null : phone;
		return new NewItem(s.channel(), title, description, fieldCode, agency, days, unit, at.latitude(),
				at.longitude(), address, name, phone, email, account, null, s.publicAllowed(), language(),
				who.submittedBy(), who.idempotencyKey(), List.copyOf(new java.util.LinkedHashSet<>(s.photoIds())),
				who.photoOwner(), answers, typedPhone);
	}

	private static void checkChannel(FeedbackChannel channel, Actor actor, List<BusinessException> errors) {
		if (channel == null) {
			errors.add(BusinessException.invalid("feedback.channel-required", "channel"));
		}
		else if (channel == FeedbackChannel.ZALO || channel == FeedbackChannel.FACEBOOK) {
			errors.add(BusinessException.invalid("feedback.channel-messaging-only", "channel"));
		}
		else if (STAFF_CHANNELS.contains(channel) && (actor == null || !actor.has(Permissions.FEEDBACK_INTAKE))) {
			errors.add(BusinessException.forbidden("feedback.channel-forbidden"));
		}
	}

	private Optional<FeedbackFieldView> field(String code, List<BusinessException> errors) {
		String fieldCode = trimToNull(code);
		if (fieldCode == null) {
			errors.add(BusinessException.invalid("feedback.field-required", "fieldCode"));
			return Optional.empty();
		}
		Optional<FeedbackFieldView> field = fields.field(fieldCode);
		if (field.isEmpty()) {
			errors.add(BusinessException.invalid("feedback.unknown-field", "fieldCode"));
		}
		return field;
	}

	private void checkPin(Location at, List<BusinessException> errors) {
		if ((at.latitude() == null) != (at.longitude() == null)) {
			errors.add(BusinessException.invalid("feedback.pin-incomplete", "location.latitude"));
			return;
		}
		if (!at.hasPin()) {
			return;
		}
		double lat = at.latitude();
		double lon = at.longitude();
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			errors.add(BusinessException.invalid("feedback.invalid-pin", "location.latitude"));
		}
		else if (!city.contains(lat, lon)) {
			errors.add(BusinessException.invalid("feedback.outside-city", "location.latitude"));
		}
	}

	/** A logged-in citizen filing for himself: the account's contact fills what he left empty. */
	private Reporter withAccountContact(FeedbackSubmission s, Actor actor) {
		Reporter given = s.reporter();
		if (actor == null || actor.kind() != AccountKind.CITIZEN || STAFF_CHANNELS.contains(s.channel())) {
			return given;
		}
		return accounts.account(actor.username())
			.map(a -> new Reporter(or(given.name(), a.fullName()), or(given.phone(), a.phone()),
					or(given.email(), a.email()), given.externalId()))
			.orElse(given);
	}

	private static String or(String given, String fallback) {
		return trimToNull(given) == null ? fallback : given;
	}

	private static String phone(String raw, FeedbackChannel channel, List<BusinessException> errors) {
		if (trimToNull(raw) == null) {
			if (channel == FeedbackChannel.HOTLINE) {
				errors.add(BusinessException.invalid("feedback.phone-required", "reporter.phone"));
			}
			return null;
		}
		Optional<String> phone = Contacts.mobile(raw);
		if (phone.isEmpty()) {
			errors.add(BusinessException.invalid("feedback.invalid-phone", "reporter.phone"));
		}
		return phone.orElse(null);
	}

	private static String email(String raw, List<BusinessException> errors) {
		if (trimToNull(raw) == null) {
			return null;
		}
		Optional<String> email = Contacts.email(raw);
		if (email.isEmpty()) {
			errors.add(BusinessException.invalid("feedback.invalid-email", "reporter.email"));
		}
		return email.orElse(null);
	}

	private void checkPhotos(List<String> ids, String owner, List<BusinessException> errors) {
		if (ids.size() > PhotoStore.MAX_PHOTOS) {
			errors.add(BusinessException.invalid("feedback.too-many-photos", "photoIds", PhotoStore.MAX_PHOTOS));
			return;
		}
		Map<String, PhotoStore.Pending> pending = photos.pending(ids);
		java.time.Instant now = clock.instant();
		for (String id : ids) {
			PhotoStore.Pending p = pending.get(id);
			if (p == null || (owner != null && !owner.equals(p.owner())) || !p.expiresAt().isAfter(now)) {
				errors.add(BusinessException.invalid("feedback.photo-not-found", "photoIds"));
				return;
			}
		}
	}

	/** Trimmed text, required or not, refused (never cut) when longer than {@code max}. */
	static String text(String raw, String field, int max, boolean required, List<BusinessException> errors) {
		String value = trimToNull(raw);
		if (value == null) {
			if (required) {
				errors.add(BusinessException.invalid("feedback." + field.substring(field.lastIndexOf('.') + 1)
						+ "-required", field));
			}
			return null;
		}
		if (value.length() > max) {
			errors.add(BusinessException.invalid("feedback.text-too-long", field, max));
		}
		return value;
	}

	static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String language() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
	}

}
