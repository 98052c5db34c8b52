package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.OpenCase;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Laboratory results (HEALTH_TEST_MANAGE), by registration or sample code. A result is entered once; changing it is
 * a correction, a separate audited action with a reason that keeps what it replaced. The person is notified either
 * way ({@link ResultMessages}). Every read of a registration by staff is audited. A positive result can open a case
 * for tracing (HEALTH_TRACE), once, with the infectious window starting two days before the sample.
 */
@Service
public class LabResults {

	/** MoH (11042/BYT-DP): infectious from 2 days before symptom onset, or before the positive sample without one. */
	public static final Duration BEFORE_SAMPLE = Duration.ofDays(2);

	private final RegistrationRows rows;
	private final ResultMessages messages;
	private final ObjectProvider<CaseManagement> cases;
	private final MessageSource texts;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	LabResults(RegistrationRows rows, ResultMessages messages, ObjectProvider<CaseManagement> cases,
			MessageSource texts, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.messages = messages;
		this.cases = cases;
		this.texts = texts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Registration enter(Actor lab, ResultEntry entry) {
		TestSites.requireManager(lab);
		String labName = checked(entry, false);
		Registration registration = locked(entry.code());
		switch (registration.status()) {
			case RESULTED -> throw BusinessException.conflict("health.testing.result-already-entered", "code");
			case BOOKED, CANCELLED -> throw BusinessException.conflict("health.testing.not-sampled", "code");
			default -> {
			}
		}
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE health_test_registration SET status = 'RESULTED', outcome = :outcome, lab_name = :lab,
				    resulted_at = :now, resulted_by = :by, last_activity_at = :now
				WHERE code = :code AND status = 'SAMPLED'""")
			.param("outcome", entry.outcome().name())
			.param("lab", labName)
			.param("now", Rows.utc(now))
			.param("by", lab.username())
			.param("code", registration.code())
			.update();
		audit.record("health.test.result-entered", registration.code());
		Registration resulted = rows.byCode(registration.code()).orElseThrow();
		messages.ready(resulted);
		return resulted;
	}

	@Transactional
	public Registration correct(Actor lab, ResultEntry entry) {
		TestSites.requireManager(lab);
		String labName = checked(entry, true);
		Registration registration = locked(entry.code());
		if (registration.status() != RegistrationStatus.RESULTED) {
			throw BusinessException.conflict("health.testing.no-result", "code");
		}
		if (registration.outcome() == entry.outcome() && registration.labName().equals(labName)) {
			throw BusinessException.invalid("health.testing.correction-unchanged", "outcome");
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO health_test_correction (registration_id, previous_outcome, previous_lab, outcome, lab_name,
				    reason, corrected_by, corrected_at)
				SELECT id, outcome, lab_name, :outcome, :lab, :reason, :by, :now FROM health_test_registration
				WHERE code = :code""")
			.param("outcome", entry.outcome().name())
			.param("lab", labName)
			.param("reason", entry.reason().strip())
			.param("by", lab.username())
			.param("now", Rows.utc(now))
			.param("code", registration.code())
			.update();
		jdbc.sql("""
				UPDATE health_test_registration SET outcome = :outcome, lab_name = :lab, resulted_at = :now,
				    resulted_by = :by, last_activity_at = :now WHERE code = :code""")
			.param("outcome", entry.outcome().name())
			.param("lab", labName)
			.param("now", Rows.utc(now))
			.param("by", lab.username())
			.param("code", registration.code())
			.update();
		audit.record("health.test.result-corrected", registration.code());
		Registration corrected = rows.byCode(registration.code()).orElseThrow();
		messages.corrected(corrected);
		return corrected;
	}

	/** A registration with its sample and result, for staff; the read is audited. */
	@Transactional
	public Registration read(Actor staff, String code) {
		TestSites.requireManager(staff);
		Registration registration = rows.byCode(code)
			.orElseThrow(() -> BusinessException.notFound(Registrations.NOT_FOUND, "code"));
		audit.record("health.test.result.read", registration.code());
		return registration;
	}

	/** The corrections of a result, oldest first; read with the registration, so not audited again. */
	@Transactional(readOnly = true)
	public List<Correction> corrections(String registrationCode) {
		return jdbc.sql("""
				SELECT c.previous_outcome, c.outcome, c.previous_lab, c.lab_name, c.reason, c.corrected_by,
				       c.corrected_at
				FROM health_test_correction c JOIN health_test_registration r ON r.id = c.registration_id
				WHERE r.code = :code ORDER BY c.corrected_at, c.id""")
			.param("code", registrationCode)
			.query((rs, n) -> new Correction(TestOutcome.valueOf(rs.getString("previous_outcome")),
					TestOutcome.valueOf(rs.getString("outcome")), rs.getString("previous_lab"),
					rs.getString("lab_name"), rs.getString("reason"), rs.getString("corrected_by"),
					Rows.instant(rs, "corrected_at")))
			.list();
	}

	/**
	 * Opens a case for tracing from a positive result, once: a second call returns the case opened by the first. The
	 * registration row stays locked meanwhile, so two officers pressing at once open one case.
	 */
	@Transactional
	public String openCase(Actor officer, String code) {
		if (officer == null || !officer.has(Permissions.HEALTH_TRACE)) {
			throw BusinessException.forbidden("health.testing.trace-not-allowed");
		}
		Registration registration = locked(code);
		if (registration.outcome() != TestOutcome.POSITIVE) {
			throw BusinessException.conflict("health.testing.not-positive", "code");
		}
		if (registration.caseCode() != null) {
			return registration.caseCode();
		}
		String reason = texts.getMessage("health.testing.case-reason", new Object[] { registration.code() },
				Locale.forLanguageTag("vi"));
		String caseCode = cases.getObject()
			.open(officer, new OpenCase(registration.personRef(), infectiousFrom(registration.sampledAt()),
					clock.instant(), reason, registration.code()));
		jdbc.sql("UPDATE health_test_registration SET case_code = :case WHERE code = :code")
			.param("case", caseCode)
			.param("code", registration.code())
			.update();
		audit.record("health.test.case-opened", registration.code());
		return caseCode;
	}

	/** Start of the infectious window of a positive case found by a test: two days before the sample was taken. */
	public static Instant infectiousFrom(Instant sampledAt) {
		return sampledAt.minus(BEFORE_SAMPLE);
	}

	private Registration locked(String code) {
		Registration found = rows.byCode(code)
			.orElseThrow(() -> BusinessException.notFound(Registrations.NOT_FOUND, "code"));
		rows.lock(found.code());
		return rows.byCode(found.code()).orElseThrow();
	}

	/** The laboratory's name once every rule of the entry holds; all broken rules at once otherwise. */
	private static String checked(ResultEntry entry, boolean correction) {
		List<BusinessException> problems = new ArrayList<>();
		if (entry.code() == null || entry.code().isBlank()) {
			problems.add(BusinessException.invalid("health.testing.code-required", "code"));
		}
		if (entry.outcome() == null) {
			problems.add(BusinessException.invalid("health.testing.outcome-required", "outcome"));
		}
		String lab = Texts.required(entry.labName(), 200, "labName", problems);
		if (correction) {
			Texts.required(entry.reason(), 500, "reason", problems);
		}
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
		return lab;
	}
}
