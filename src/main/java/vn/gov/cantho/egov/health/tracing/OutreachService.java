package vn.gov.cantho.egov.health.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.ContactOutreach;
import vn.gov.cantho.egov.health.ReachChannel;
import vn.gov.cantho.egov.health.ReachedContact;
import vn.gov.cantho.egov.health.tracing.CaseStore.StoredCase;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Marks of contacts reached, in health_contact_reached. The first mark of a contact is kept: a second officer calling
 * the same person does not move the time the figures count from. Refusals for want of HEALTH_TRACE are recorded in
 * the trace log, as for every other look at a case.
 */
@Service
class OutreachService implements ContactOutreach {

	static final String NOT_FOUND = "health.contact-not-found";
	static final String CHANNEL = "health.reach-channel";

	private final CaseStore cases;
	private final JdbcClient jdbc;
	private final TraceLog log;
	private final AuditLog audit;
	private final Clock clock;

	OutreachService(CaseStore cases, JdbcClient jdbc, TraceLog log, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.log = log;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ReachedContact reached(Actor officer, String caseCode, String personRef, ReachChannel channel) {
		if (officer == null || !officer.has(Permissions.HEALTH_TRACE)) {
			log.refused(officer == null ? "anonymous" : officer.username(), caseCode, "reached");
			throw BusinessException.forbidden(CaseService.FORBIDDEN);
		}
		if (channel == null) {
			throw BusinessException.invalid(CHANNEL, "channel");
		}
		StoredCase found = cases.find(caseCode == null ? "" : caseCode.strip())
			.orElseThrow(() -> BusinessException.notFound("health.case-not-found", "code"));
		String ref = personRef == null ? "" : personRef.strip();
		long personId = contact(found.id(), ref)
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "personRef"));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int marked = jdbc.sql("""
				INSERT INTO health_contact_reached (case_id, person_id, channel, reached_at, reached_by)
				VALUES (:caseId, :personId, :channel, :at, :by) ON CONFLICT DO NOTHING""")
			.param("caseId", found.id())
			.param("personId", personId)
			.param("channel", channel.name())
			.param("at", CaseStore.at(now))
			.param("by", officer.username())
			.update();
		String code = found.view().code();
		if (marked == 1) {
			audit.record("health.contact.reached", code + " " + ref);
			return new ReachedContact(code, ref, channel, now, officer.username(), false);
		}
		return jdbc.sql("SELECT channel, reached_at, reached_by FROM health_contact_reached"
				+ " WHERE case_id = :caseId AND person_id = :personId")
			.param("caseId", found.id())
			.param("personId", personId)
			.query((rs, n) -> new ReachedContact(code, ref, ReachChannel.valueOf(rs.getString("channel")),
					CaseStore.instant(rs, "reached_at"), rs.getString("reached_by"), true))
			.single();
	}

	/** The person's id when they are in the case's contact list. */
	private Optional<Long> contact(long caseId, String personRef) {
		return jdbc.sql("""
				SELECT c.person_id FROM health_case_contact c JOIN health_person p ON p.id = c.person_id
				WHERE c.case_id = :caseId AND p.ref = :ref""")
			.param("caseId", caseId)
			.param("ref", personRef)
			.query(Long.class)
			.optional();
	}
}
