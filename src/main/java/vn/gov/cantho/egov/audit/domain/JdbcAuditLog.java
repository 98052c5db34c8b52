package vn.gov.cantho.egov.audit.domain;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.gov.cantho.egov.audit.AuditLog;

/** Appends audit entries with the actor and client address of the current request. */
@Service
class JdbcAuditLog implements AuditLog {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String reference) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, client_ip, action, reference)
				VALUES (:at, :actor, :ip, :action, :reference)""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", actor())
			.param("ip", clientIp())
			.param("action", truncate(action, 100))
			.param("reference", truncate(reference, 200))
			.update();
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
		}
		return auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : truncate(auth.getName(), 100);
	}

	/** The address the request came from; behind a proxy, server.forward-headers-strategy makes this the client's. */
	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
