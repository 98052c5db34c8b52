package vn.gov.cantho.egov.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Each platform's signature algorithm against vectors computed outside Java (Python hashlib and hmac over the same
 * UTF-8 bytes), so that a mistake shared by the code and a test written the same way cannot pass.
 */
class SignaturesTest {

	static final String ZALO_BODY = """
			{"app_id":"360846524940903967","user_id_by_app":"552177279717587730","event_name":"user_send_text",\
			"timestamp":"1700000000000","sender":{"id":"246845883529197922"},"recipient":{"id":"388613280878808645"},\
			"message":{"text":"Đèn đường hỏng","msg_id":"96d51e8c4bc7c18b98cc"}}""";
	/** sha256(app_id + body + timestamp + "oa-secret-xyz"), hex, with Zalo's mac= prefix. */
	static final String ZALO_MAC = "mac=bffa5b22e6bcad685cfce038f82519a1ee9d7d273d92a648be4215eaa449a5bd";

	static final String FACEBOOK_BODY = """
			{"object":"page","entry":[{"id":"106539908","time":1700000000000,"messaging":[{"sender":\
			{"id":"6931548706878593"},"recipient":{"id":"106539908"},"timestamp":1700000000000,"message":\
			{"mid":"m_AbC123","text":"Đèn hỏng"}}]}]}""";
	/** HMAC-SHA256 of the body keyed with "app-secret-xyz", hex, with Meta's sha256= prefix. */
	static final String FACEBOOK_SIGNATURE = "sha256=8b99e42ba7de5837c787ed24f3ef7e94be2f5c6af16fd9eb67a841a0eaf36f4d";

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void zaloSignsAppIdBodyTimestampAndOaSecretWithPlainSha256() {
		assertThat(Signatures.zalo("360846524940903967", utf8(ZALO_BODY), "1700000000000", "oa-secret-xyz"))
			.isEqualTo(ZALO_MAC);
	}

	@Test
	void facebookSignsTheRawBodyWithHmacSha256OfTheAppSecret() {
		assertThat(Signatures.facebook(utf8(FACEBOOK_BODY), "app-secret-xyz")).isEqualTo(FACEBOOK_SIGNATURE);
	}

	@Test
	void oneChangedByteOrAnotherSecretGivesAnotherSignature() {
		String tampered = ZALO_BODY.replace("hỏng", "hong");
		assertThat(Signatures.zalo("360846524940903967", utf8(tampered), "1700000000000", "oa-secret-xyz"))
			.isNotEqualTo(ZALO_MAC);
		assertThat(Signatures.zalo("360846524940903967", utf8(ZALO_BODY), "1700000000001", "oa-secret-xyz"))
			.isNotEqualTo(ZALO_MAC);
		assertThat(Signatures.zalo("360846524940903967", utf8(ZALO_BODY), "1700000000000", "other-secret"))
			.isNotEqualTo(ZALO_MAC);
		assertThat(Signatures.facebook(utf8(FACEBOOK_BODY + " "), "app-secret-xyz")).isNotEqualTo(FACEBOOK_SIGNATURE);
		assertThat(Signatures.facebook(utf8(FACEBOOK_BODY), "app-secret-xyZ")).isNotEqualTo(FACEBOOK_SIGNATURE);
	}

	@Test
	void comparisonAcceptsUpperCaseHexButNothingShortOrMissing() {
		assertThat(Signatures.matches(FACEBOOK_SIGNATURE.toUpperCase(java.util.Locale.ROOT).replace("SHA256", "sha256"),
				FACEBOOK_SIGNATURE)).isTrue();
		assertThat(Signatures.matches(" " + ZALO_MAC + " ", ZALO_MAC)).isTrue();
		assertThat(Signatures.matches(ZALO_MAC.substring(0, 40), ZALO_MAC)).isFalse();
		assertThat(Signatures.matches(ZALO_MAC.substring(4), ZALO_MAC)).isFalse();
		assertThat(Signatures.matches(null, ZALO_MAC)).isFalse();
		assertThat(Signatures.matches("", ZALO_MAC)).isFalse();
	}

	@Test
	void longPlatformMessageIdsAreHashedTheSameWayEveryTime() {
		String shortId = "m_" + "a".repeat(98);
		String longId = "m_" + "a".repeat(99);
		assertThat(PlatformEvents.messageId(shortId)).isEqualTo(shortId);
		assertThat(PlatformEvents.messageId(longId)).startsWith("sha256:")
			.hasSize(71)
			.isEqualTo(PlatformEvents.messageId(longId));
	}
}
