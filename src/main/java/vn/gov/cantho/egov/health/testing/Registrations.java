package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A citizen registers for a test in a free slot, lists their registrations and results, and cancels a booking before
 * its slot starts. The registration is tied to the citizen's person reference, the one inside the personal code that
 * staff scan at the site, so a citizen needs a personal code (from a health declaration) first.
 */
@Service
public class Registrations {

	static final String NOT_FOUND = "health.testing.registration-not-found";

	private final RegistrationRows rows;
	private final SlotBookings slots;
	private final People people;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	Registrations(RegistrationRows rows, SlotBookings slots, People people, JdbcClient jdbc, AuditLog audit,
			Clock clock) {
		this.rows = rows;
		this.slots = slots;
		this.people = people;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Registration register(Actor citizen, NewRegistration registration) {
		requireCitizen(citizen);
		Instant now = clock.instant();
		List<BusinessException> problems = new ArrayList<>();
		if (registration.reason() == null) {
			problems.add(BusinessException.invalid("health.testing.reason-required", "reason"));
		}
		PersonDetails person = PersonDetails.check(registration.fullName(), registration.dateOfBirth(),
				registration.phone(), registration.email(), clock, problems);
		SlotBookings.Slot slot = null;
		if (Texts.optional(registration.siteCode(), 12, "siteCode", problems) == null) {
			problems.add(BusinessException.invalid("health.testing.site-required", "siteCode"));
		}
		else if (registration.slotStartsAt() == null) {
			problems.add(BusinessException.invalid("health.testing.slot-required", "slotStartsAt"));
		}
		else {
			slot = slots.find(registration.siteCode(), registration.slotStartsAt()).orElse(null);
			if (slot == null) {
				problems.add(BusinessException.invalid("health.testing.slot-not-found", "slotStartsAt"));
			}
			else if (!slot.startsAt().isAfter(now)) {
				problems.add(BusinessException.invalid("health.testing.slot-passed", "slotStartsAt"));
			}
		}
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
		String personRef = people.currentCode(citizen)
			.map(PersonalCode::personRef)
			.orElseThrow(() -> BusinessException.conflict("health.testing.no-personal-code", null));
		if (rows.hasOpenBooking(personRef, now)) {
			throw BusinessException.conflict("health.testing.already-registered", null);
		}
		if (!slots.take(slot.id(), now)) {
			throw BusinessException.conflict("health.testing.slot-full", "slotStartsAt");
		}
		String code = PublicCodes.dated(PublicCodes.REGISTRATION, Rows.day(now), rows::exists);
		rows.insert(new RegistrationRows.Insert(code, slot.siteId(), slot.id(), personRef, citizen.username(),
				registration.reason(), person.fullName(), person.dateOfBirth(), person.phone(), person.email(),
				person.language(), RegistrationStatus.BOOKED, citizen.username(), now, slot.endsAt()));
		audit.record("health.test.registered", code);
		return rows.byCode(code).orElseThrow();
	}

	/** The citizen's registrations, booked by them or made for them at a site (by their person reference). */
	@Transactional(readOnly = true)
	public List<RegistrationView> mine(Actor citizen) {
		requireCitizen(citizen);
		String personRef = people.currentCode(citizen).map(PersonalCode::personRef).orElse(null);
		Instant now = clock.instant();
		return rows.of(citizen.username(), personRef).stream().map(r -> r.forPerson(cancellable(r, now))).toList();
	}

	@Transactional
	public RegistrationView cancel(Actor citizen, String code) {
		requireCitizen(citizen);
		Registration registration = own(citizen, code);
		Instant now = clock.instant();
		if (!cancellable(registration, now)) {
			throw BusinessException.conflict("health.testing.cannot-cancel", null);
		}
		int changed = jdbc.sql("""
				UPDATE health_test_registration SET status = 'CANCELLED', cancelled_at = :now, last_activity_at = :now
				WHERE code = :code AND status = 'BOOKED'""")
			.param("now", Rows.utc(now))
			.param("code", registration.code())
			.update();
		if (changed == 0) {
			throw BusinessException.conflict("health.testing.cannot-cancel", null);
		}
		slots.slotOf(registration.code()).ifPresent(slots::release);
		audit.record("health.test.cancelled", registration.code());
		return rows.byCode(registration.code()).orElseThrow().forPerson(false);
	}

	private Registration own(Actor citizen, String code) {
		String personRef = people.currentCode(citizen).map(PersonalCode::personRef).orElse(null);
		return rows.byCode(code)
			.filter(r -> citizen.username().equalsIgnoreCase(String.valueOf(r.account()))
					|| (personRef != null && personRef.equals(r.personRef())))
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "code"));
	}

	static boolean cancellable(Registration r, Instant now) {
		return r.status() == RegistrationStatus.BOOKED && r.slotStartsAt() != null && r.slotStartsAt().isAfter(now);
	}

	private static void requireCitizen(Actor actor) {
		if (actor == null || !actor.has(Permissions.HEALTH_DECLARE)) {
			throw BusinessException.forbidden("health.testing.not-allowed");
		}
	}
}
