package vn.gov.cantho.egov.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins and records successful ones with single statements: they happen on every login
 * and must not conflict with an administrator editing the same account.
 */
@Component
public class LoginAttempts {

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts a failure; at {@code maxFailures} the account is locked for {@code lockFor} and the count starts again.
	 *
	 * @return the end of the lock when this failure locked the account
	 */
	@Transactional
	public Optional<Instant> failed(String username, int maxFailures, Duration lockFor) {
		int updated = jdbc.sql("UPDATE identity_account SET failed_logins = failed_logins + 1 WHERE username = :u")
			.param("u", username)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		int failures = jdbc.sql("SELECT failed_logins FROM identity_account WHERE username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
		if (failures < maxFailures) {
			return Optional.empty();
		}
		Instant until = clock.instant().plus(lockFor);
		jdbc.sql("""
				UPDATE identity_account SET failed_logins = 0, locked_until = :until, version = version + 1
				WHERE username = :u""")
			.param("until", OffsetDateTime.ofInstant(until, clock.getZone()))
			.param("u", username)
			.update();
		return Optional.of(until);
	}

	/** Forgets earlier failures after a successful authentication. */
	@Transactional
	public void forgetFailures(String username) {
		jdbc.sql("UPDATE identity_account SET failed_logins = 0 WHERE username = :u AND failed_logins > 0")
			.param("u", username)
			.update();
	}

	/** Forgets earlier failures and notes the login time. */
	@Transactional
	public void succeeded(String username) {
		jdbc.sql("UPDATE identity_account SET failed_logins = 0, last_login_at = :now WHERE username = :u")
			.param("now", OffsetDateTime.now(clock))
			.param("u", username)
			.update();
	}
}
