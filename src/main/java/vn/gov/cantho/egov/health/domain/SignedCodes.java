package vn.gov.cantho.egov.health.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.PersonalCode;

/**
 * Venue codes {@code V1.<venueCode>.<keyVersion>.<sig>} and personal codes
 * {@code P1.<personRef>.<keyVersion>.<expiry>.<sig>} (expiry in epoch seconds), where sig is the first 16 bytes of
 * HMAC-SHA256 over everything before the last dot, in base64url without padding. The parser is strict (exact part
 * count, alphabet and lengths) so that no other text with a valid signature could exist, and the signature is
 * compared in constant time before the key's retirement or the expiry is looked at.
 */
@Component
class SignedCodes implements HealthCodes {

	static final String VENUE_FIELD = "venueCode";
	static final String PERSON_FIELD = "personCode";

	private static final Pattern VERSION = Pattern.compile("[1-9]\\d{0,5}");
	private static final Pattern EXPIRY = Pattern.compile("[1-9]\\d{8,11}");
	private static final Pattern SIG = Pattern.compile("[A-Za-z0-9_-]{22}");
	private static final int MAX_SCANNED = 512;
	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final SigningKeys keys;
	private final Clock clock;
	private final AuditLog audit;
	private final String checkInUrl;
	private final long validitySeconds;

	SignedCodes(SigningKeys keys, Clock clock, AuditLog audit, IntakeProperties properties,
			@Value("${egov.health.public-url:http://localhost:8080}") String publicUrl) {
		this.keys = keys;
		this.clock = clock;
		this.audit = audit;
		this.checkInUrl = publicUrl.replaceAll("/+$", "") + "/c/";
		this.validitySeconds = Math.max(2, properties.personalCodeValidity().toSeconds());
	}

	@Override
	public String venueQr(String venueCode) {
		return checkInUrl + venueToken(venueCode);
	}

	String venueToken(String venueCode) {
		if (!PublicRefs.valid(venueCode)) {
			throw new IllegalArgumentException("not a venue code");
		}
		SigningKeys.Key key = keys.current(SigningKeys.VENUE);
		String body = "V1." + venueCode + "." + key.version();
		return body + "." + signature(key, body);
	}

	@Override
	public String verifyVenue(String scanned) {
		String token = tokenOf(scanned);
		String[] parts = token == null ? new String[0] : token.split("\\.", -1);
		if (parts.length != 4 || !"V1".equals(parts[0]) || !PublicRefs.valid(parts[1])) {
			throw new HealthCodeRefused(HealthCodeRefused.FORGED, VENUE_FIELD);
		}
		checkSigned(SigningKeys.VENUE, parts, VENUE_FIELD);
		return parts[1];
	}

	@Override
	public PersonalCode issuePersonal(String personRef) {
		if (!PublicRefs.valid(personRef)) {
			throw new IllegalArgumentException("not a person reference");
		}
		// Codes issued in the same half-validity window are the same text: the QR on a phone stays put, and each
		// code still has at least half the validity left.
		long window = validitySeconds / 2;
		long expiry = (clock.instant().getEpochSecond() / window) * window + 2 * window;
		SigningKeys.Key key = keys.current(SigningKeys.PERSON);
		String body = "P1." + personRef + "." + key.version() + "." + expiry;
		return new PersonalCode(personRef, body + "." + signature(key, body), Instant.ofEpochSecond(expiry));
	}

	@Override
	public String verifyPersonal(String scanned) {
		String token = scanned == null || scanned.length() > MAX_SCANNED ? null : scanned.strip();
		String[] parts = token == null ? new String[0] : token.split("\\.", -1);
		if (parts.length != 5 || !"P1".equals(parts[0]) || !PublicRefs.valid(parts[1])
				|| !EXPIRY.matcher(parts[3]).matches()) {
			throw new HealthCodeRefused(HealthCodeRefused.FORGED, PERSON_FIELD);
		}
		checkSigned(SigningKeys.PERSON, parts, PERSON_FIELD);
		if (Long.parseLong(parts[3]) <= clock.instant().getEpochSecond()) {
			throw new HealthCodeRefused(HealthCodeRefused.EXPIRED, PERSON_FIELD);
		}
		return parts[1];
	}

	@Override
	@Transactional
	public int rotate(KeyPurpose purpose) {
		int version = keys.rotate(purpose.name());
		audit.record("health.key.rotated", purpose.name() + ":" + version);
		keys.reload();
		return version;
	}

	@Override
	@Transactional
	public void retire(KeyPurpose purpose, int version) {
		keys.retire(purpose.name(), version);
		audit.record("health.key.retired", purpose.name() + ":" + version);
		keys.reload();
	}

	/** The token inside a scanned venue QR: the text after {@code /c/} of the URL, or the bare token. */
	private static String tokenOf(String scanned) {
		if (scanned == null || scanned.length() > MAX_SCANNED) {
			return null;
		}
		String text = scanned.strip();
		int path = text.lastIndexOf("/c/");
		if (path >= 0) {
			text = text.substring(path + 3);
			int end = indexOfAny(text, '?', '#');
			text = end >= 0 ? text.substring(0, end) : text;
		}
		return text;
	}

	private static int indexOfAny(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
	}

	/** Checks the version and signature (the last part) of a split token; refuses codes of retired keys. */
	private void checkSigned(String purpose, String[] parts, String field) {
		String version = parts[2];
		String sig = parts[parts.length - 1];
		if (!VERSION.matcher(version).matches() || !SIG.matcher(sig).matches()) {
			throw new HealthCodeRefused(HealthCodeRefused.FORGED, field);
		}
		SigningKeys.Key key = keys.version(purpose, Integer.parseInt(version))
			.orElseThrow(() -> new HealthCodeRefused(HealthCodeRefused.FORGED, field));
		String body = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
		byte[] expected = signature(key, body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
			throw new HealthCodeRefused(HealthCodeRefused.FORGED, field);
		}
		if (key.retired()) {
			throw new HealthCodeRefused(HealthCodeRefused.EXPIRED, field);
		}
	}

	private static String signature(SigningKeys.Key key, String body) {
		byte[] mac = key.sign(body.getBytes(StandardCharsets.US_ASCII));
		return B64.encodeToString(java.util.Arrays.copyOf(mac, 16));
	}
}
