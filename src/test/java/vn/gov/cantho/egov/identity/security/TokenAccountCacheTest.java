package vn.gov.cantho.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountLocked;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.RoleRevoked;
import vn.gov.cantho.egov.identity.Scope;

/** The bearer-token account cache: reused within its time, read again after it, dropped on a lock or a role change. */
class TokenAccountCacheTest {

	final MutableClock clock = new MutableClock();
	final TokenAccountCache cache = new TokenAccountCache(clock,
			new IdentityProperties(null, new IdentityProperties.Oidc(null, Duration.ofSeconds(5))));
	final AtomicInteger reads = new AtomicInteger();
	boolean lockedInStore;

	final Function<String, TokenAccountCache.Entry> store = username -> {
		reads.incrementAndGet();
		Actor actor = new Actor(username, "Tên", AccountKind.OFFICIAL, "SYT", Set.of("CHECKPOINT_STAFF"),
				Set.of("HEALTH_CHECK_IN_STAFF"), Scope.OWN_AGENCY);
		return new TokenAccountCache.Entry(actor, lockedInStore, null, clock.millis());
	};

	@Test
	void anAccountIsReadOncePerCacheTime() {
		cache.get("checkpoint", store);
		clock.advance(Duration.ofMillis(4_900));
		cache.get("checkpoint", store);
		assertThat(reads).hasValue(1);
		clock.advance(Duration.ofMillis(200));
		cache.get("checkpoint", store);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aLockOnAnotherNodeIsSeenWithinTheCacheTime() {
		assertThat(cache.get("checkpoint", store).lockedAt(clock.instant())).isFalse();
		lockedInStore = true;
		clock.advance(Duration.ofSeconds(5));
		assertThat(cache.get("checkpoint", store).lockedAt(clock.instant())).isTrue();
	}

	@Test
	void aLockOrARoleChangeOnThisNodeDropsTheEntryAtOnce() {
		cache.get("checkpoint", store);
		lockedInStore = true;
		cache.locked(new AccountLocked("checkpoint", null));
		assertThat(cache.get("checkpoint", store).lockedAt(clock.instant())).isTrue();
		cache.roleRevoked(new RoleRevoked("checkpoint", "CHECKPOINT_STAFF"));
		cache.get("checkpoint", store);
		assertThat(reads).hasValue(3);
	}

	@Test
	void aLockoutEndsByTheClockNotByTheCache() {
		TokenAccountCache.Entry entry = new TokenAccountCache.Entry(null, false, clock.instant().plusSeconds(60), 0);
		assertThat(entry.lockedAt(clock.instant())).isTrue();
		assertThat(entry.lockedAt(clock.instant().plusSeconds(61))).isFalse();
	}

	@Test
	void noAccountIsNotKept() {
		assertThat(cache.get("nobody", username -> {
			reads.incrementAndGet();
			return null;
		})).isNull();
		cache.get("nobody", username -> {
			reads.incrementAndGet();
			return null;
		});
		assertThat(reads).hasValue(2);
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-27T02:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Ho_Chi_Minh");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
