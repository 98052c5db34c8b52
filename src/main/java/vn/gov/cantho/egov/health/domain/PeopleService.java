package vn.gov.cantho.egov.health.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.DeclarationMade;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.HealthDeclaration;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonContact;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.Symptom;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.identity.CitizenIdNumbers;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Declarations, personal codes and lookups. A declaration copies the account's name, phone and ID number (as a keyed
 * hash and its last four digits) to the person record, so tracing can reach the person without reading the identity
 * module's tables. Every read of contact details and every lookup by ID number is audited under the person's
 * reference.
 */
@Service
class PeopleService implements People {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final PersonStore persons;
	private final HealthCodes codes;
	private final AccountDirectory accounts;
	private final CitizenIdNumbers idNumbers;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	PeopleService(JdbcClient jdbc, Clock clock, PersonStore persons, HealthCodes codes, AccountDirectory accounts,
			CitizenIdNumbers idNumbers, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.persons = persons;
		this.codes = codes;
		this.accounts = accounts;
		this.idNumbers = idNumbers;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public PersonalCode declare(Actor citizen, HealthDeclaration declaration) {
		require(citizen, Permissions.HEALTH_DECLARE);
		String travel = limited(declaration.travel(), "travel", "health.travel-too-long");
		String note = limited(declaration.note(), "note", "health.note-too-long");
		Instant now = clock.instant();
		AccountView account = accounts.account(citizen.username())
			.orElseThrow(() -> BusinessException.forbidden(IntakeErrors.FORBIDDEN));
		CitizenIdNumber idNumber = idNumbers.idNumber(citizen.username()).orElse(null);
		String ref = persons.ofAccount(citizen.username(),
				new PersonStore.Details(account.fullName(), account.phone(), idNumber), now);
		jdbc.sql("""
				INSERT INTO health_declaration (id, person_id, declared_at, symptoms, contact_with_case, travel, note)
				SELECT :id, id, :at, :symptoms, :contact, :travel, :note FROM health_person WHERE ref = :ref""")
			.param("id", UUID.randomUUID())
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("symptoms", declaration.symptoms()
				.stream()
				.sorted()
				.map(Symptom::name)
				.collect(Collectors.joining(",")))
			.param("contact", declaration.contactWithCase())
			.param("travel", travel)
			.param("note", note)
			.param("ref", ref)
			.update();
		audit.record("health.declaration.made", ref);
		events.publishEvent(new DeclarationMade(ref, now, !declaration.symptoms().isEmpty()));
		return codes.issuePersonal(ref);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonalCode> currentCode(Actor citizen) {
		require(citizen, Permissions.HEALTH_DECLARE);
		return persons.refOfAccount(citizen.username()).map(codes::issuePersonal);
	}

	@Override
	@Transactional
	public PersonalCode codeForIdNumber(Actor staff, String idNumber, String fullName, String phone) {
		if (staff == null || !staff.has(Permissions.HEALTH_TEST_MANAGE)) {
			require(staff, Permissions.HEALTH_CHECK_IN_STAFF);
		}
		List<BusinessException> errors = new ArrayList<>();
		CitizenIdNumber number = null;
		try {
			number = CitizenIdNumber.parse(idNumber, clock);
		}
		catch (BusinessException e) {
			errors.add(e);
		}
		String mobile = null;
		if (!Contacts.isBlank(phone)) {
			mobile = Contacts.mobile(phone).orElse(null);
			if (mobile == null) {
				errors.add(BusinessException.invalid("health.phone-invalid", "phone"));
			}
		}
		if (fullName != null && fullName.strip().length() > 200) {
			errors.add(BusinessException.invalid("health.name-too-long", "fullName", 200));
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		String ref = persons.ofIdNumber(new PersonStore.Details(fullName, mobile, number), clock.instant());
		audit.record("health.person.looked-up", ref);
		return codes.issuePersonal(ref);
	}

	@Override
	@Transactional
	public Optional<PersonContact> contact(Actor officer, String personRef) {
		require(officer, Permissions.HEALTH_TRACE);
		if (!PublicRefs.valid(personRef)) {
			return Optional.empty();
		}
		Optional<PersonContact> contact = jdbc.sql("""
				SELECT ref, full_name, phone, id_number_tail, unit_code FROM health_person WHERE ref = :ref""")
			.param("ref", personRef)
			.query((rs, n) -> new PersonContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
		contact.ifPresent(c -> audit.record("health.contact.read", c.personRef()));
		return contact;
	}

	static void require(Actor actor, String permission) {
		if (actor == null || !actor.has(permission)) {
			throw BusinessException.forbidden(IntakeErrors.FORBIDDEN);
		}
	}

	private static String limited(String text, String field, String code) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > 500) {
			throw BusinessException.invalid(code, field, 500);
		}
		return value;
	}
}
