package vn.gov.cantho.egov.health.tracing;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.gov.cantho.egov.audit.AuditLog;

/**
 * The append-only record of tracing: every run, read and export of a contact list with who, when and why, and every
 * refusal with who and what was asked. Each entry also goes to the audit log. A refusal is written in a transaction of
 * its own, so that the error that follows (and rolls back the caller's work) cannot erase it.
 */
@Component
public class TraceLog {

	/** What happened. */
	public enum Action {
		OPENED("health.case.opened"), TRACED("health.case.traced"), READ("health.contacts.read"),
		EXPORTED("health.contacts.exported"), REFUSED("health.contacts.refused");

		private final String audited;

		Action(String audited) {
			this.audited = audited;
		}

		/** The action's name in the audit log. */
		public String audited() {
			return audited;
		}
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	TraceLog(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records an allowed query in the caller's transaction (it commits or rolls back with the query). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Action action, String officer, String caseCode, String purpose, Integer generation,
			Integer rows) {
		insert(action, officer, caseCode, purpose, generation, rows, null);
		audit.record(action.audited(), caseCode);
	}

	/**
	 * Records a refusal, committed whatever the caller does next. {@code request} says what was asked (method and
	 * path); {@code caseCode} is the code asked for, as typed (it may not exist).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(String officer, String caseCode, String request) {
		insert(Action.REFUSED, officer, caseCode, null, null, null, request);
		audit.record(Action.REFUSED.audited(), caseCode == null ? request : caseCode);
	}

	private void insert(Action action, String officer, String caseCode, String purpose, Integer generation,
			Integer rows, String request) {
		jdbc.sql("""
				INSERT INTO health_trace_log (occurred_at, officer, action, case_code, purpose, generation, row_count,
				  request, client_ip)
				VALUES (:at, :officer, :action, :code, :purpose, :generation, :rows, :request, :ip)""")
			.param("at", OffsetDateTime.now(clock))
			.param("officer", cut(officer, 100))
			.param("action", action.name())
			.param("code", cut(caseCode, 40))
			.param("purpose", cut(purpose, 500))
			.param("generation", generation)
			.param("rows", rows)
			.param("request", cut(request, 300))
			.param("ip", clientIp())
			.update();
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
