package vn.gov.cantho.egov.identity.security;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.identity.AccountLocked;
import vn.gov.cantho.egov.identity.domain.Actors;
import vn.gov.cantho.egov.identity.domain.ContactDetails;
import vn.gov.cantho.egov.identity.domain.LoginAttempts;

/**
 * Audits logins and locks an account after too many consecutive failures. Listens to Spring Security's events, so
 * failures by form login, HTTP Basic and bearer tokens are all counted; the password never reaches this class. A
 * person logging in (form login) is audited and dated; an API call authenticating with each request only clears
 * earlier failures, so the audit log records logins rather than every request.
 */
@Component
class LoginEvents {

	/** What a failed login with an unknown username is audited as: the typed text could be a mistyped password. */
	static final String UNKNOWN_ACCOUNT = "(unknown)";

	private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

	private final LoginAttempts attempts;
	private final Actors actors;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final IdentityProperties properties;

	LoginEvents(LoginAttempts attempts, Actors actors, AuditLog audit, ApplicationEventPublisher events,
			IdentityProperties properties) {
		this.attempts = attempts;
		this.actors = actors;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
	}

	@EventListener
	public void authenticated(AuthenticationSuccessEvent event) {
		// Every API call authenticates; only one that follows counted failures needs a write, in a transaction of
		// its own (forgetFailures): no empty transaction, and no pooled connection, for every other request.
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& principal.failedBefore()) {
			attempts.forgetFailures(principal.getUsername());
		}
	}

	@EventListener
	@Transactional
	public void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		if (actors.account(username).isEmpty()) {
			return;
		}
		String key = ContactDetails.usernameKey(username);
		attempts.succeeded(key);
		audit.record("identity.login.succeeded", key);
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String key = ContactDetails.usernameKey(event.getAuthentication().getName());
		if (actors.account(key).isEmpty()) {
			audit.record("identity.login.failed", UNKNOWN_ACCOUNT);
			return;
		}
		audit.record("identity.login.failed", key);
		IdentityProperties.Lockout lockout = properties.lockout();
		Optional<Instant> until = attempts.failed(key, lockout.maxFailures(), lockout.duration());
		until.ifPresent(end -> {
			audit.record("identity.account.locked", key);
			events.publishEvent(new AccountLocked(key, end));
			log.info("An account was locked after {} failed logins (see the audit log)", lockout.maxFailures());
		});
	}

	/** A login attempt on a locked account is audited but does not extend the lock. */
	@EventListener
	@Transactional
	public void refused(AuthenticationFailureLockedEvent event) {
		String key = ContactDetails.usernameKey(event.getAuthentication().getName());
		audit.record("identity.login.refused-locked", key);
	}
}
