package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Taking samples at a site (HEALTH_TEST_MANAGE). Staff scan the person's personal code, which is verified (a forged,
 * altered or expired code is refused with its reason); the person's registrations for today appear; the sample is
 * recorded on one of them with its time, site and staff, and gets the sample code written on the tube. Someone
 * without a registration is recorded as a walk-in. The code is verified again with every write, so a sample is never
 * recorded on the strength of an earlier scan alone.
 */
@Service
public class Sampling {

	public static final String FIELD = "personalCode";

	/** The person behind a scanned code and their registrations for today (none for a walk-in). */
	public record Scanned(String personRef, List<Registration> today) {
	}

	private final HealthCodes codes;
	private final RegistrationRows rows;
	private final TestSites sites;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	Sampling(HealthCodes codes, RegistrationRows rows, TestSites sites, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.codes = codes;
		this.rows = rows;
		this.sites = sites;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Scanned scan(Actor staff, String scanned) {
		TestSites.requireManager(staff);
		String personRef = verify(scanned);
		LocalDate today = Rows.day(clock.instant());
		List<Registration> registrations = rows.ofPersonBetween(personRef, Rows.startOf(today),
				Rows.startOf(today.plusDays(1)));
		audit.record("health.test.person-scanned", personRef);
		return new Scanned(personRef, registrations);
	}

	@Transactional
	public Registration sample(Actor staff, String scanned, String registrationCode, String siteCode) {
		TestSites.requireManager(staff);
		String personRef = verify(scanned);
		String code = PublicCodes.normalise(registrationCode);
		Registration registration = rows.byCode(code)
			.filter(r -> r.code().equals(code) && r.personRef().equals(personRef))
			.orElseThrow(() -> BusinessException.notFound(Registrations.NOT_FOUND, "registrationCode"));
		switch (registration.status()) {
			case CANCELLED -> throw BusinessException.conflict("health.testing.cancelled", "registrationCode");
			case SAMPLED, RESULTED -> throw BusinessException.conflict("health.testing.already-sampled",
					"registrationCode");
			default -> {
			}
		}
		Instant now = clock.instant();
		if (!Rows.day(registration.slotStartsAt()).equals(Rows.day(now))) {
			throw BusinessException.invalid("health.testing.not-today", "registrationCode");
		}
		long siteId = sites.siteId(blank(siteCode) ? registration.siteCode() : siteCode);
		record(staff, code, siteId, now);
		return rows.byCode(code).orElseThrow();
	}

	@Transactional
	public Registration walkIn(Actor staff, WalkIn walkIn) {
		TestSites.requireManager(staff);
		String personRef = verify(walkIn.personalCode());
		List<BusinessException> problems = new ArrayList<>();
		if (walkIn.reason() == null) {
			problems.add(BusinessException.invalid("health.testing.reason-required", "reason"));
		}
		PersonDetails person = PersonDetails.check(walkIn.fullName(), walkIn.dateOfBirth(), walkIn.phone(),
				walkIn.email(), clock, problems);
		if (blank(walkIn.siteCode())) {
			problems.add(BusinessException.invalid("health.testing.site-required", "siteCode"));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
		long siteId = sites.siteId(walkIn.siteCode());
		Instant now = clock.instant();
		String code = PublicCodes.dated(PublicCodes.REGISTRATION, Rows.day(now), rows::exists);
		rows.insert(new RegistrationRows.Insert(code, siteId, null, personRef, null, walkIn.reason(),
				person.fullName(), person.dateOfBirth(), person.phone(), person.email(), person.language(),
				RegistrationStatus.BOOKED, staff.username(), now, now));
		audit.record("health.test.walk-in", code);
		record(staff, code, siteId, now);
		return rows.byCode(code).orElseThrow();
	}

	private void record(Actor staff, String code, long siteId, Instant now) {
		String sampleCode = PublicCodes.dated(PublicCodes.SAMPLE, Rows.day(now), rows::exists);
		int changed = jdbc.sql("""
				UPDATE health_test_registration SET status = 'SAMPLED', sample_code = :sample, sample_site_id = :site,
				    sampled_at = :now, sampled_by = :by, last_activity_at = :now
				WHERE code = :code AND status = 'BOOKED'""")
			.param("sample", sampleCode)
			.param("site", siteId)
			.param("now", Rows.utc(now))
			.param("by", staff.username())
			.param("code", code)
			.update();
		if (changed == 0) {
			throw BusinessException.conflict("health.testing.already-sampled", "registrationCode");
		}
		audit.record("health.test.sampled", code);
	}

	/** The person reference inside a scanned personal code; refused codes name the scan field. */
	private String verify(String scanned) {
		if (blank(scanned)) {
			throw BusinessException.invalid("health.testing.personal-code-required", FIELD);
		}
		try {
			return codes.verifyPersonal(scanned.strip());
		}
		catch (HealthCodeRefused e) {
			throw new HealthCodeRefused(e.code(), FIELD);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
