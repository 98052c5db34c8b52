package vn.gov.cantho.egov.health.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Rows of {@code health_person}: a citizen account, or someone staff checked in from their ID number, or both once
 * the citizen declares (the row found by the hash of their ID number takes their account). The ID number itself is
 * never stored: only HMAC-SHA256 under a key of this installation (so the 12-digit space cannot be hashed through
 * offline from a stolen table) and the last four digits. References of accounts are cached per node: a reference
 * never changes once given, so a self scan needs no read.
 */
@Component
class PersonStore {

	static final int MAX_CACHED = 100_000;

	private final JdbcClient jdbc;
	private final SigningKeys keys;
	private final Map<String, String> refsByAccount = new ConcurrentHashMap<>();

	PersonStore(JdbcClient jdbc, SigningKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Details copied from the account or typed by staff; blank values leave what is held. */
	record Details(String fullName, String phone, CitizenIdNumber idNumber) {
	}

	Optional<String> refOfAccount(String username) {
		String known = refsByAccount.get(username);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<String> ref = jdbc.sql("SELECT ref FROM health_person WHERE account = :a")
			.param("a", username)
			.query(String.class)
			.optional();
		ref.ifPresent(r -> remember(username, r));
		return ref;
	}

	/** The person of the account, created (or taken over from a staff-made row with the same ID number). */
	String ofAccount(String username, Details details, Instant now) {
		for (int attempt = 0;; attempt++) {
			try {
				String ref = ofAccountOnce(username, details, now);
				remember(username, ref);
				return ref;
			}
			catch (DuplicateKeyException e) {
				if (attempt > 2) {
					throw e; // a concurrent declaration of the same person: the retry finds its row
				}
			}
		}
	}

	/** The person with this ID number, created when first seen. */
	String ofIdNumber(Details details, Instant now) {
		String hash = hash(details.idNumber());
		for (int attempt = 0;; attempt++) {
			Optional<String> ref = jdbc.sql("SELECT ref FROM health_person WHERE id_number_hash = :h")
				.param("h", hash)
				.query(String.class)
				.optional();
			if (ref.isPresent()) {
				update("id_number_hash = :key", hash, details, now);
				return ref.get();
			}
			try {
				return insert(null, details, hash, now);
			}
			catch (DuplicateKeyException e) {
				if (attempt > 2) {
					throw e;
				}
			}
		}
	}

	private String ofAccountOnce(String username, Details details, Instant now) {
		String hash = details.idNumber() == null ? null : hash(details.idNumber());
		Optional<String> mine = jdbc.sql("SELECT ref FROM health_person WHERE account = :a")
			.param("a", username)
			.query(String.class)
			.optional();
		if (mine.isPresent()) {
			update("account = :key", username, details, now);
			if (hash != null) {
				jdbc.sql("""
						UPDATE health_person SET id_number_hash = :h, id_number_tail = :tail
						WHERE account = :a AND id_number_hash IS NULL""")
					.param("h", hash)
					.param("tail", tail(details.idNumber()))
					.param("a", username)
					.update();
			}
			return mine.get();
		}
		if (hash != null) {
			Optional<Holder> byNumber = jdbc.sql("SELECT ref, account FROM health_person WHERE id_number_hash = :h")
				.param("h", hash)
				.query((rs, n) -> new Holder(rs.getString(1), rs.getString(2)))
				.optional();
			if (byNumber.isPresent()) {
				if (byNumber.get().account() != null) {
					throw BusinessException.conflict("health.person-other-account", null);
				}
				jdbc.sql("UPDATE health_person SET account = :a WHERE ref = :ref AND account IS NULL")
					.param("a", username)
					.param("ref", byNumber.get().ref())
					.update();
				update("account = :key", username, details, now);
				return byNumber.get().ref();
			}
		}
		return insert(username, details, hash, now);
	}

	private String insert(String account, Details details, String hash, Instant now) {
		String ref = PublicRefs.next();
		jdbc.sql("""
				INSERT INTO health_person (ref, account, id_number_hash, id_number_tail, full_name, phone,
				    created_at, updated_at)
				VALUES (:ref, :account, :hash, :tail, :name, :phone, :at, :at)""")
			.param("ref", ref)
			.param("account", account)
			.param("hash", hash)
			.param("tail", details.idNumber() == null ? null : tail(details.idNumber()))
			.param("name", blankToNull(details.fullName()))
			.param("phone", blankToNull(details.phone()))
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		return ref;
	}

	private void update(String where, String key, Details details, Instant now) {
		jdbc.sql("UPDATE health_person SET full_name = COALESCE(:name, full_name), phone = COALESCE(:phone, phone),"
				+ " updated_at = :at WHERE " + where)
			.param("name", blankToNull(details.fullName()))
			.param("phone", blankToNull(details.phone()))
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("key", key)
			.update();
	}

	String hash(CitizenIdNumber idNumber) {
		SigningKeys.Key key = keys.current(SigningKeys.ID_NUMBER);
		return HexFormat.of().formatHex(key.sign(idNumber.value().getBytes(StandardCharsets.US_ASCII)));
	}

	private static String tail(CitizenIdNumber idNumber) {
		return idNumber.value().substring(8);
	}

	private void remember(String username, String ref) {
		if (refsByAccount.size() >= MAX_CACHED) {
			refsByAccount.clear(); // refills from live traffic; a reference never changes, so nothing goes stale
		}
		refsByAccount.put(username, ref);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record Holder(String ref, String account) {
	}
}
