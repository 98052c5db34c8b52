package vn.gov.cantho.egov.health.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The HMAC keys of the codes, by purpose and version, kept in {@code health_signing_key} and cached per node so that
 * verifying a code reads nothing from the database. The first start creates version 1 of each purpose (a second node
 * starting at the same time inserts nothing). The cache is reloaded every {@code key-refresh}, at once on the node
 * that rotates or retires, and when a code names a version this node has not seen (another node rotated), at most
 * once a second so that forged versions cannot hammer the database.
 */
@Component
@EnableConfigurationProperties(IntakeProperties.class)
class SigningKeys {

	/** Purposes in the table: the two code kinds, and the key of the ID-number hash (never rotated). */
	static final String VENUE = "VENUE";
	static final String PERSON = "PERSON";
	static final String ID_NUMBER = "IDNUMBER";

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final long UNKNOWN_VERSION_RELOAD_MILLIS = 1_000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final long refreshMillis;
	private final ReentrantLock reloading = new ReentrantLock();
	private volatile Snapshot snapshot;
	private volatile long lastUnknownReload;

	SigningKeys(JdbcClient jdbc, Clock clock, IntakeProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.refreshMillis = properties.keyRefresh().toMillis();
		for (String purpose : List.of(VENUE, PERSON, ID_NUMBER)) {
			createFirst(purpose);
		}
		reload();
	}

	/** The key new codes of this purpose are signed with: the newest one not retired. */
	Key current(String purpose) {
		Key key = fresh().current.get(purpose);
		if (key == null) {
			throw new IllegalStateException("every purpose has a key from the first start on");
		}
		return key;
	}

	/** The key of this version, retired or not; empty when no node ever created it. */
	Optional<Key> version(String purpose, int version) {
		Key key = fresh().keys.get(purpose + ":" + version);
		if (key == null && clock.millis() - lastUnknownReload > UNKNOWN_VERSION_RELOAD_MILLIS) {
			lastUnknownReload = clock.millis();
			reload();
			key = snapshot.keys.get(purpose + ":" + version);
		}
		return Optional.ofNullable(key);
	}

	/** Adds the next version of the purpose's key and makes it the current one. */
	int rotate(String purpose) {
		int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM health_signing_key WHERE purpose = :p")
			.param("p", purpose)
			.query(Integer.class)
			.single();
		try {
			insert(purpose, next);
		}
		catch (DuplicateKeyException e) {
			throw BusinessException.conflict("health.key-rotated-concurrently", "purpose");
		}
		return next;
	}

	/** Retires an older version: codes signed with it are refused from now on (within a minute on other nodes). */
	void retire(String purpose, int version) {
		Key key = version(purpose, version)
			.orElseThrow(() -> BusinessException.notFound("health.key-unknown", "version", version));
		if (key.version() >= current(purpose).version()) {
			throw BusinessException.conflict("health.key-current", "version", version);
		}
		jdbc.sql("""
				UPDATE health_signing_key SET retired_at = :at
				WHERE purpose = :p AND version = :v AND retired_at IS NULL""")
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.param("p", purpose)
			.param("v", version)
			.update();
	}

	/** Reloads every key; called after a change on this node and by {@link #fresh()} when the cache is old. */
	void reload() {
		reloading.lock();
		try {
			Map<String, Key> keys = new HashMap<>();
			Map<String, Key> current = new HashMap<>();
			jdbc.sql("SELECT purpose, version, secret, retired_at FROM health_signing_key ORDER BY purpose, version")
				.query((rs, n) -> new Key(rs.getString(1), rs.getInt(2), Base64.getDecoder().decode(rs.getString(3)),
						rs.getObject(4) != null))
				.list()
				.forEach(key -> {
					keys.put(key.purpose() + ":" + key.version(), key);
					if (!key.retired()) {
						current.put(key.purpose(), key);
					}
				});
			snapshot = new Snapshot(Map.copyOf(keys), Map.copyOf(current), clock.millis());
		}
		finally {
			reloading.unlock();
		}
	}

	private Snapshot fresh() {
		Snapshot known = snapshot;
		// One thread refreshes an old cache; the others go on with the keys they have.
		if (clock.millis() - known.loadedAt > refreshMillis && reloading.tryLock()) {
			try {
				reload();
			}
			finally {
				reloading.unlock();
			}
		}
		return snapshot;
	}

	private void createFirst(String purpose) {
		boolean none = jdbc.sql("SELECT COUNT(*) FROM health_signing_key WHERE purpose = :p")
			.param("p", purpose)
			.query(Long.class)
			.single() == 0;
		if (none) {
			try {
				insert(purpose, 1);
			}
			catch (DuplicateKeyException e) {
				// Another node created it while we started: its key is as good as ours.
			}
		}
	}

	private void insert(String purpose, int version) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		jdbc.sql("""
				INSERT INTO health_signing_key (purpose, version, secret, created_at)
				VALUES (:p, :v, :s, :at)""")
			.param("p", purpose)
			.param("v", version)
			.param("s", Base64.getEncoder().encodeToString(secret))
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	private record Snapshot(Map<String, Key> keys, Map<String, Key> current, long loadedAt) {
	}

	/** One key. Each thread keeps its own initialised {@link Mac} per key, since a Mac is neither cheap nor shared. */
	static final class Key {

		private final String purpose;
		private final int version;
		private final boolean retired;
		private final ThreadLocal<Mac> mac;

		Key(String purpose, int version, byte[] secret, boolean retired) {
			this.purpose = purpose;
			this.version = version;
			this.retired = retired;
			SecretKeySpec spec = new SecretKeySpec(secret, "HmacSHA256");
			this.mac = ThreadLocal.withInitial(() -> {
				try {
					Mac m = Mac.getInstance("HmacSHA256");
					m.init(spec);
					return m;
				}
				catch (GeneralSecurityException e) {
					throw new IllegalStateException("HmacSHA256 is in every JDK", e);
				}
			});
		}

		String purpose() {
			return purpose;
		}

		int version() {
			return version;
		}

		boolean retired() {
			return retired;
		}

		/** HMAC-SHA256 of the text (the Mac is reset by {@code doFinal}). */
		byte[] sign(byte[] text) {
			return mac.get().doFinal(text);
		}
	}
}
