package vn.gov.cantho.egov.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.gov.cantho.egov.identity.AccountLocked;
import vn.gov.cantho.egov.identity.AccountUnlocked;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.RoleAssigned;
import vn.gov.cantho.egov.identity.RoleRevoked;

/**
 * The account behind a bearer token, kept per node for a few seconds (egov.identity.oidc.account-cache, default 5 s).
 * A mobile app or a scanner sends a request every second or faster with the same token, and reading the account,
 * its roles and their permissions cost three queries per request: more than the check-in being recorded. A lock, an
 * unlock or a role change made on this node drops the entry as soon as it commits; another node sees it once its
 * entry expires, so a locked account is refused everywhere within the cache time. A lock that expires by itself
 * (after failed logins) is checked against the clock at every request. The map is bounded: when full it is emptied
 * and refills from live traffic.
 */
@Component
class TokenAccountCache {

	static final int MAX_ACCOUNTS = 50_000;

	private final Clock clock;
	private final long keepMillis;
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	TokenAccountCache(Clock clock, IdentityProperties properties) {
		this.clock = clock;
		this.keepMillis = properties.oidc().accountCache().toMillis();
	}

	/** The account as last read within the cache time, or as {@code load} reads it now (null: no such account). */
	Entry get(String username, Function<String, Entry> load) {
		long now = clock.millis();
		Entry known = entries.get(username);
		if (known != null && now - known.loadedAt() < keepMillis) {
			return known;
		}
		Entry loaded = load.apply(username);
		if (loaded != null && keepMillis > 0) {
			if (entries.size() >= MAX_ACCOUNTS) {
				entries.clear();
			}
			entries.put(username, loaded);
		}
		return loaded;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void locked(AccountLocked event) {
		entries.remove(event.username());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void unlocked(AccountUnlocked event) {
		entries.remove(event.username());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void roleAssigned(RoleAssigned event) {
		entries.remove(event.username());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void roleRevoked(RoleRevoked event) {
		entries.remove(event.username());
	}

	/** What a token needs of its account: who it is, and whether (and until when) it is locked. */
	record Entry(Actor actor, boolean locked, Instant lockedUntil, long loadedAt) {

		boolean lockedAt(Instant now) {
			return locked || (lockedUntil != null && lockedUntil.isAfter(now));
		}
	}
}
