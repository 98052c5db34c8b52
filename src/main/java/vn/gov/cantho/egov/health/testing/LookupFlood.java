package vn.gov.cantho.egov.health.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flood control of the public result lookup, shared by every node: one counter row per key and fixed window
 * ({@code health_test_lookup_rate}), counted in a short transaction of its own so that the count stays even when the
 * lookup fails (a wrong date of birth is exactly what must be counted). Keys are HMACs of the client address and of the
 * code, never the values themselves. Same idea as the feedback module's flood control, in a table of our own.
 */
@Component
class LookupFlood {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final TestingProperties.Lookup rate;

	LookupFlood(JdbcClient jdbc, PlatformTransactionManager transactions, TestingProperties properties) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.rate = properties.lookup();
	}

	/**
	 * Counts one lookup for the address (unless exempt) and for the code.
	 * @throws LookupRefused when either limit is passed in the current window
	 */
	void count(String clientAddress, String code, Instant now) {
		long windowMillis = rate.window().toMillis();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
		long retryAfter = Math.max(1, (start.toEpochMilli() + windowMillis - now.toEpochMilli() + 999) / 1000);
		String address = clientAddress == null ? "" : clientAddress.strip();
		if (!address.isEmpty() && !rate.exemptAddresses().contains(address)
				&& hits("address:" + address, start) > rate.perAddress()) {
			throw new LookupRefused("clientAddress", retryAfter);
		}
		if (hits("code:" + code, start) > rate.perCode()) {
			throw new LookupRefused("code", retryAfter);
		}
	}

	/** Adds one hit and returns the window's total, this one included. */
	private int hits(String key, Instant windowStart) {
		String hash = hmac(key);
		return ownTransaction.execute(status -> {
			String bump = "UPDATE health_test_lookup_rate SET hits = hits + 1 WHERE key_hash = :key AND window_start = :start";
			if (jdbc.sql(bump).param("key", hash).param("start", Rows.utc(windowStart)).update() == 0) {
				jdbc.sql("""
						INSERT INTO health_test_lookup_rate (key_hash, window_start, hits) VALUES (:key, :start, 0)
						ON CONFLICT DO NOTHING""")
					.param("key", hash)
					.param("start", Rows.utc(windowStart))
					.update();
				jdbc.sql(bump).param("key", hash).param("start", Rows.utc(windowStart)).update();
			}
			return jdbc.sql("SELECT hits FROM health_test_lookup_rate WHERE key_hash = :key AND window_start = :start")
				.param("key", hash)
				.param("start", Rows.utc(windowStart))
				.query(Integer.class)
				.single();
		});
	}

	/** Forgets windows that ended before {@code now}. */
	int deleteOld(Instant now) {
		return jdbc.sql("DELETE FROM health_test_lookup_rate WHERE window_start < :before")
			.param("before", Rows.utc(now.minus(rate.window())))
			.update();
	}

	private String hmac(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(rate.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
