package vn.gov.cantho.egov.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hits per key in fixed time windows, shared by every node: the flood controls' counter. Each module keeps its own
 * table ({@code key_hash, window_start, hits}, keyed on the first two) and its own limits; this class only counts.
 * A hit is counted in a short transaction of its own, so it stays counted when the caller's work then fails. Keys are
 * stored as HMAC-SHA256 under the module's secret, never the phone, address or code itself.
 */
public final class WindowCounter {

	/** The window a moment falls in, and the whole seconds until it ends (at least one). */
	public record Window(Instant start, long retryAfterSeconds) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final String table;
	private final Duration length;
	private final byte[] secret;
	private final boolean postgres;

	/** {@code table} is the calling module's own counter table, named in its code (never from input). */
	public WindowCounter(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource, String table,
			Duration length, String secret) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.table = table;
		this.length = length;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.postgres = isPostgres(dataSource);
	}

	public Window window(Instant now) {
		return window(now, length);
	}

	static Window window(Instant now, Duration length) {
		long millis = length.toMillis();
		long start = Math.floorDiv(now.toEpochMilli(), millis) * millis;
		return new Window(Instant.ofEpochMilli(start), Math.max(1, (start + millis - now.toEpochMilli() + 999) / 1000));
	}

	/** Adds one hit for the key in the window and returns the window's total, this one included. */
	public int hit(String key, Window window) {
		String hash = hmac(key);
		OffsetDateTime start = window.start().atOffset(ZoneOffset.UTC);
		if (postgres) {
			// One statement; a count lost in a crash only lets one more request through, so no wait for the disk.
			return ownTransaction.execute(status -> {
				jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
				return jdbc.sql("INSERT INTO " + table + " (key_hash, window_start, hits) VALUES (:key, :start, 1)"
						+ " ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = " + table + ".hits + 1 RETURNING hits")
					.param("key", hash)
					.param("start", start)
					.query(Integer.class)
					.single();
			});
		}
		return ownTransaction.execute(status -> {
			String bump = "UPDATE " + table + " SET hits = hits + 1 WHERE key_hash = :key AND window_start = :start";
			if (jdbc.sql(bump).param("key", hash).param("start", start).update() == 0) {
				jdbc.sql("INSERT INTO " + table + " (key_hash, window_start, hits) VALUES (:key, :start, 0)"
						+ " ON CONFLICT DO NOTHING")
					.param("key", hash)
					.param("start", start)
					.update();
				jdbc.sql(bump).param("key", hash).param("start", start).update();
			}
			return jdbc.sql("SELECT hits FROM " + table + " WHERE key_hash = :key AND window_start = :start")
				.param("key", hash)
				.param("start", start)
				.query(Integer.class)
				.single();
		});
	}

	/** Forgets the windows that ended before {@code now}; returns how many rows went. */
	public int forgetEnded(Instant now) {
		return jdbc.sql("DELETE FROM " + table + " WHERE window_start < :before")
			.param("before", now.minus(length).atOffset(ZoneOffset.UTC))
			.update();
	}

	private String hmac(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (MetaDataAccessException e) {
			return false;
		}
	}
}
