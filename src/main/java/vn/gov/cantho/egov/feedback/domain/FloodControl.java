package vn.gov.cantho.egov.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.feedback.FloodRefused;

/**
 * Flood control shared by every node: one counter row per key and fixed window ({@code feedback_intake_rate}),
 * incremented in a short transaction of its own so a burst from one phone or address cannot slip past it between
 * nodes. Keys are HMACs of the phone or address, never the values themselves. Only accepted submissions count:
 * the check runs after the item's rules passed.
 */
@Component
class FloodControl {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final FeedbackProperties.Rate rate;
	private final boolean postgres;

	@Autowired
	FloodControl(JdbcClient jdbc, PlatformTransactionManager transactions, FeedbackProperties properties,
			DataSource dataSource) {
		this(jdbc, transactions, properties.rate(), NumberSequence.isPostgres(dataSource));
	}

	FloodControl(JdbcClient jdbc, PlatformTransactionManager transactions, FeedbackProperties.Rate rate,
			boolean postgres) {
		this.jdbc = jdbc;
		this.postgres = postgres;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.rate = rate;
	}

	/**
	 * Counts one submission for the phone (when given) and the client address (unless exempt or a staff channel).
	 * @throws FloodRefused when either limit is already reached in the current window
	 */
	void count(String phone, String clientAddress, boolean staffChannel, Instant now) {
		long windowMillis = rate.window().toMillis();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
		long retryAfter = Math.max(1, (start.toEpochMilli() + windowMillis - now.toEpochMilli() + 999) / 1000);
		if (phone != null && hits("phone:" + phone, start) > rate.perPhone()) {
			throw new FloodRefused("reporter.phone", retryAfter, rate.perPhone());
		}
		String address = clientAddress == null ? null : clientAddress.trim();
		if (!staffChannel && address != null && !address.isEmpty() && !rate.exemptAddresses().contains(address)
				&& hits("address:" + address, start) > rate.perAddress()) {
			throw new FloodRefused("clientAddress", retryAfter, rate.perAddress());
		}
	}

	/** Adds one hit and returns the window's total, this one included. */
	private int hits(String key, Instant windowStart) {
		String hash = hmac(key);
		if (postgres) {
			// One statement; a count lost in a crash only lets one more item through, so no wait for the disk.
			return ownTransaction.execute(status -> {
				jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
				return jdbc.sql("""
						INSERT INTO feedback_intake_rate (key_hash, window_start, hits) VALUES (:key, :start, 1)
						ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = feedback_intake_rate.hits + 1
						RETURNING hits""")
					.param("key", hash)
					.param("start", Times.utc(windowStart))
					.query(Integer.class)
					.single();
			});
		}
		return ownTransaction.execute(status -> {
			String bump = "UPDATE feedback_intake_rate SET hits = hits + 1 WHERE key_hash = :key AND window_start = :start";
			if (jdbc.sql(bump).param("key", hash).param("start", Times.utc(windowStart)).update() == 0) {
				jdbc.sql("""
						INSERT INTO feedback_intake_rate (key_hash, window_start, hits) VALUES (:key, :start, 0)
						ON CONFLICT DO NOTHING""")
					.param("key", hash)
					.param("start", Times.utc(windowStart))
					.update();
				jdbc.sql(bump).param("key", hash).param("start", Times.utc(windowStart)).update();
			}
			return jdbc.sql("SELECT hits FROM feedback_intake_rate WHERE key_hash = :key AND window_start = :start")
				.param("key", hash)
				.param("start", Times.utc(windowStart))
				.query(Integer.class)
				.single();
		});
	}

	/** Forgets windows that ended before {@code now}. */
	int deleteOld(Instant now) {
		return jdbc.sql("DELETE FROM feedback_intake_rate WHERE window_start < :before")
			.param("before", Times.utc(now.minus(rate.window())))
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
