package vn.gov.cantho.egov.health.tracing;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Permissions;

/**
 * The URL rule of cases and contacts: HEALTH_TRACE, and a logged-in caller without it is not only refused but
 * recorded (who, what was asked, when) in the trace log and the audit log, since asking for someone's contacts
 * without the right is exactly what a purpose-limitation rule must leave a trace of. Anonymous callers are sent to log
 * in (401 or the login page) and not recorded: they have not been identified.
 */
@Component
public class RecordedTraceAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthorizationManager<RequestAuthorizationContext> delegate = AuthorityAuthorizationManager
		.hasAuthority(Permissions.HEALTH_TRACE);
	private final TraceLog log;

	RecordedTraceAccess(TraceLog log) {
		this.log = log;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		AuthorizationResult result = delegate.authorize(authentication, context);
		Authentication caller = authentication.get();
		if (result != null && !result.isGranted() && caller != null && caller.isAuthenticated()
				&& !(caller instanceof AnonymousAuthenticationToken)) {
			HttpServletRequest request = context.getRequest();
			log.refused(caller.getName(), caseCode(request.getRequestURI()),
					request.getMethod() + " " + request.getRequestURI());
		}
		return result;
	}

	/** The case code in a path such as /api/v1/health/cases/F0-270301-0001/contacts, or null. */
	static String caseCode(String path) {
		for (String segment : path.split("/")) {
			if (segment.startsWith("F0-")) {
				return segment;
			}
		}
		return null;
	}
}
