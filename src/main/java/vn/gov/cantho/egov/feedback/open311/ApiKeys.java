package vn.gov.cantho.egov.feedback.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The API keys of POST /requests. A key is 32 random bytes (prefixed {@code o311_}), shown once when issued; only its
 * SHA-256 hash is stored, which is enough for keys of that strength and lets a key be found by its hash. Issuing and
 * revoking need FEEDBACK_CONFIGURE and are audited with the key's reference ({@code open311-key-7}), never the key.
 */
@Component
public class ApiKeys {

	static final int NAME_MAX = 100;
	private static final String PREFIX = "o311_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final CurrentActor actor;
	private final Clock clock;

	ApiKeys(JdbcClient jdbc, AuditLog audit, CurrentActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.actor = actor;
		this.clock = clock;
	}

	/** What a key sent with a request is worth. */
	sealed interface Verdict {
	}

	record Valid(long keyId) implements Verdict {
	}

	enum Refused implements Verdict {
		MISSING, UNKNOWN, REVOKED
	}

	/** A key as administrators see it, with how many requests it filed. */
	public record Key(long id, String name, String hint, OffsetDateTime createdAt, String createdBy,
			OffsetDateTime revokedAt, String revokedBy, long requests) {

		public String reference() {
			return ApiKeys.reference(id);
		}

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** A new key: the secret is in this answer only. */
	public record Issued(long id, String name, String secret) {
	}

	Verdict verify(String secret) {
		if (secret == null || secret.isBlank()) {
			return Refused.MISSING;
		}
		return jdbc.sql("SELECT id, revoked_at FROM feedback_open311_key WHERE key_hash = :hash")
			.param("hash", hash(secret))
			.query((rs, n) -> rs.getObject("revoked_at") == null ? (Verdict) new Valid(rs.getLong("id"))
					: Refused.REVOKED)
			.optional()
			.orElse(Refused.UNKNOWN);
	}

	@Transactional
	@PreAuthorize("hasAuthority('FEEDBACK_CONFIGURE')")
	public Issued issue(String name) {
		String checked = checkedName(name);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		long id = insert(checked, secret, username());
		audit.record("feedback.open311-key.issued", reference(id));
		return new Issued(id, checked, secret);
	}

	@Transactional
	@PreAuthorize("hasAuthority('FEEDBACK_CONFIGURE')")
	public Key revoke(long id) {
		Key key = find(id).orElseThrow(() -> BusinessException.notFound("open311.key-not-found", "id", id));
		if (key.revoked()) {
			return key;
		}
		jdbc.sql("UPDATE feedback_open311_key SET revoked_at = :at, revoked_by = :by WHERE id = :id")
			.param("at", now())
			.param("by", username())
			.param("id", id)
			.update();
		audit.record("feedback.open311-key.revoked", reference(id));
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('FEEDBACK_CONFIGURE')")
	public List<Key> all() {
		return new ArrayList<>(jdbc.sql("""
				SELECT k.id, k.name, k.key_hint, k.created_at, k.created_by, k.revoked_at, k.revoked_by,
				       (SELECT COUNT(*) FROM feedback_open311_request r WHERE r.key_id = k.id) AS requests
				FROM feedback_open311_key k ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC""")
			.query((rs, n) -> key(rs))
			.list());
	}

	/** The demo key, added once whatever the number of starts or test contexts on the database. */
	@Transactional
	public void ensure(String name, String secret, String createdBy) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM feedback_open311_key WHERE key_hash = :hash")
			.param("hash", hash(secret))
			.query(Long.class)
			.single() > 0;
		if (!present) {
			insert(name, secret, createdBy);
		}
	}

	private Optional<Key> find(long id) {
		return jdbc.sql("""
				SELECT k.id, k.name, k.key_hint, k.created_at, k.created_by, k.revoked_at, k.revoked_by,
				       (SELECT COUNT(*) FROM feedback_open311_request r WHERE r.key_id = k.id) AS requests
				FROM feedback_open311_key k WHERE k.id = :id""")
			.param("id", id)
			.query((rs, n) -> key(rs))
			.optional();
	}

	private long insert(String name, String secret, String createdBy) {
		jdbc.sql("""
				INSERT INTO feedback_open311_key (name, key_hash, key_hint, created_at, created_by)
				VALUES (:name, :hash, :hint, :at, :by)""")
			.param("name", name)
			.param("hash", hash(secret))
			.param("hint", secret.substring(0, Math.min(secret.length(), PREFIX.length() + 4)))
			.param("at", now())
			.param("by", createdBy)
			.update();
		return jdbc.sql("SELECT id FROM feedback_open311_key WHERE key_hash = :hash")
			.param("hash", hash(secret))
			.query(Long.class)
			.single();
	}

	/** Times in Vietnam's offset, as the page shows them. */
	private Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Key(rs.getLong("id"), rs.getString("name"), rs.getString("key_hint"), local(rs, "created_at"),
				rs.getString("created_by"), local(rs, "revoked_at"), rs.getString("revoked_by"), rs.getLong("requests"));
	}

	private OffsetDateTime local(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime stored = rs.getObject(column, OffsetDateTime.class);
		return stored == null ? null : stored.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}

	private static String checkedName(String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw BusinessException.invalid("open311.key-name-required", "name");
		}
		if (trimmed.length() > NAME_MAX) {
			throw BusinessException.invalid("open311.key-name-too-long", "name", NAME_MAX);
		}
		return trimmed;
	}

	static String reference(long id) {
		return "open311-key-" + id;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private String username() {
		return actor.current().map(Actor::username).orElse("system");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
