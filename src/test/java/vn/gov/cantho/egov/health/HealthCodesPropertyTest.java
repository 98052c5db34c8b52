package vn.gov.cantho.egov.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthCodes.KeyPurpose;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Properties of the signed codes over seeded random inputs: every code issued verifies to its reference; any altered
 * character, any truncation, a signature by another key or another purpose's key, and garbage are refused as forged;
 * a past expiry or a retired key as expired. Rotation keeps older codes valid until their key is retired.
 */
@IntegrationTest
class HealthCodesPropertyTest {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	static final String TOKEN_CHARS = ALPHABET + "abcdefghijklmnopqrstuvwxyz._-";

	@Autowired
	HealthCodes codes;

	@Autowired
	JdbcClient jdbc;

	static Stream<Long> seeds() {
		return IntStream.range(0, 60).mapToObj(i -> 0x5EED0000L + i);
	}

	static String ref(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	static String altered(String token, Random random) {
		int at = random.nextInt(token.length());
		char replacement;
		do {
			replacement = TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length()));
		}
		while (replacement == token.charAt(at));
		return token.substring(0, at) + replacement + token.substring(at + 1);
	}

	static void refusedAs(String code, Runnable verify) {
		assertThatThrownBy(verify::run).isInstanceOf(HealthCodeRefused.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo(code);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void personalCodesVerifyAndAnyChangeIsForged(long seed) {
		Random random = new Random(seed);
		String ref = ref(random);
		PersonalCode code = codes.issuePersonal(ref);
		assertThat(code.expiresAt()).isAfter(Instant.now());
		assertThat(codes.verifyPersonal(code.token())).isEqualTo(ref);
		assertThat(codes.verifyPersonal("  " + code.token() + "\n")).isEqualTo(ref);

		String token = code.token();
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(altered(token, random)));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(token.substring(0, random.nextInt(token.length()))));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(token + TOKEN_CHARS.charAt(random.nextInt(30))));
		byte[] otherKey = new byte[32];
		random.nextBytes(otherKey);
		String body = token.substring(0, token.lastIndexOf('.'));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(TestCodes.signed(body, otherKey)));
		// The venue key signing a personal code's text is another key as well.
		TestCodes keys = new TestCodes(jdbc);
		byte[] venueKey = keys.secret("VENUE", keys.currentVersion("VENUE"));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(TestCodes.signed(body, venueKey)));
		// Another person's reference under this signature.
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(token.replace(ref, ref(random))));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void venueCodesVerifyAndAnyChangeIsForged(long seed) {
		Random random = new Random(seed);
		String venue = ref(random);
		String qr = codes.venueQr(venue);
		String token = qr.substring(qr.lastIndexOf("/c/") + 3);
		assertThat(codes.verifyVenue(qr)).isEqualTo(venue);
		assertThat(codes.verifyVenue(token)).isEqualTo(venue);
		assertThat(codes.verifyVenue(qr + "?utm=poster#top")).isEqualTo(venue);
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(altered(token, random)));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(token.substring(0, random.nextInt(token.length()))));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(token.replace(venue, ref(random))));
		byte[] otherKey = new byte[32];
		random.nextBytes(otherKey);
		refusedAs(HealthCodeRefused.FORGED,
				() -> codes.verifyVenue(TestCodes.signed(token.substring(0, token.lastIndexOf('.')), otherKey)));
		// A personal code is not a venue code, nor the reverse, even when both are well signed.
		String personal = codes.issuePersonal(venue).token();
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(personal));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(token));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void garbageIsForgedNeverAnotherError(long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(80);
		for (int i = 0; i < length; i++) {
			text.append(random.nextBoolean() ? TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length()))
					: (char) (32 + random.nextInt(500)));
		}
		String scanned = (random.nextBoolean() ? "P1." : "V1.") + text;
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(scanned));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(scanned));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void aPastExpiryIsExpiredAFutureOneValid(long seed) {
		Random random = new Random(seed);
		String ref = ref(random);
		long now = Instant.now().getEpochSecond();
		TestCodes signer = new TestCodes(jdbc);
		refusedAs(HealthCodeRefused.EXPIRED,
				() -> codes.verifyPersonal(signer.personal(ref, now - 1 - random.nextInt(1_000_000))));
		assertThat(codes.verifyPersonal(signer.personal(ref, now + 60 + random.nextInt(1_000_000)))).isEqualTo(ref);
	}

	@Test
	void nullAndOverlongAreForged() {
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(null));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue(null));
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyVenue("V1." + "A".repeat(600)));
	}

	@Test
	void codesOfOlderKeysStayValidUntilRetiredThenExpire() {
		String person = "RTTEST0001";
		int before = codes.rotate(KeyPurpose.PERSON);
		PersonalCode older = codes.issuePersonal(person);
		assertThat(older.token()).contains("." + before + ".");
		int current = codes.rotate(KeyPurpose.PERSON);
		assertThat(current).isEqualTo(before + 1);
		PersonalCode newer = codes.issuePersonal(person);
		assertThat(newer.token()).contains("." + current + ".");
		assertThat(codes.verifyPersonal(older.token())).isEqualTo(person);

		codes.retire(KeyPurpose.PERSON, before);
		refusedAs(HealthCodeRefused.EXPIRED, () -> codes.verifyPersonal(older.token()));
		assertThat(codes.verifyPersonal(newer.token())).isEqualTo(person);
		assertThatThrownBy(() -> codes.retire(KeyPurpose.PERSON, current))
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.key-current");
		assertThatThrownBy(() -> codes.retire(KeyPurpose.PERSON, 999_999))
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("health.key-unknown");

		String venue = "RTTEST0002";
		int venueBefore = codes.rotate(KeyPurpose.VENUE);
		String olderQr = codes.venueQr(venue);
		codes.rotate(KeyPurpose.VENUE);
		assertThat(codes.verifyVenue(olderQr)).isEqualTo(venue);
		codes.retire(KeyPurpose.VENUE, venueBefore);
		refusedAs(HealthCodeRefused.EXPIRED, () -> codes.verifyVenue(olderQr));
		assertThat(codes.verifyVenue(codes.venueQr(venue))).isEqualTo(venue);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'health.key.retired'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aVersionNoNodeCreatedIsForged() {
		int unknown = new TestCodes(jdbc).currentVersion("PERSON") + 1000;
		String token = TestCodes.signed("P1.RTTEST0003." + unknown + "." + (Instant.now().getEpochSecond() + 600),
				new byte[32]);
		refusedAs(HealthCodeRefused.FORGED, () -> codes.verifyPersonal(token));
	}
}
