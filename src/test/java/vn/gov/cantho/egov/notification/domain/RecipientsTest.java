package vn.gov.cantho.egov.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.shared.BusinessException;

/** Phone numbers become 84xxxxxxxxx, bad recipients are refused, and masks hide all but a few characters. */
class RecipientsTest {

	@ParameterizedTest
	@CsvSource({ "0901234567, 84901234567", "090 123 4567, 84901234567", "0901.234.567, 84901234567",
			"+84 901 234 567, 84901234567", "84901234567, 84901234567", "(+84) 39-123-4567, 84391234567" })
	void phoneNumbersAreNormalisedToTheInternationalForm(String raw, String expected) {
		assertThat(Recipients.normalise(Channel.SMS, raw)).isEqualTo(expected);
		assertThat(Recipients.normalise(Channel.ZALO, raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "0292381234", "02923812345", "0901234567890", "090123456x", "a@b.vn" })
	void whatIsNotAVietnameseMobileNumberIsRefused(String raw) {
		assertThatThrownBy(() -> Recipients.normalise(Channel.SMS, raw)).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).code())
			.isEqualTo("notification.invalid-recipient");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "no-at-sign", "two@@cantho.gov.vn", "space in@cantho.gov.vn", "a@nodot" })
	void badEmailAddressesAreRefused(String raw) {
		assertThatThrownBy(() -> Recipients.normalise(Channel.EMAIL, raw)).isInstanceOf(BusinessException.class);
	}

	@ParameterizedTest
	@CsvSource({ "An.Nguyen@Gmail.COM, An.Nguyen@gmail.com", " an@cantho.gov.vn , an@cantho.gov.vn" })
	void emailDomainsAreLowerCased(String raw, String expected) {
		assertThat(Recipients.normalise(Channel.EMAIL, raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ZALO_OA, 246845883529197922", "MESSENGER, 6931548706878593", "MESSENGER, demo-user_1.a" })
	void platformUserIdsAreKeptAsGiven(Channel channel, String id) {
		assertThat(Recipients.normalise(channel, " " + id + " ")).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "id with space", "<script>", "a@b.vn", "0901234567890123456789012345678901234567890123"
			+ "45678901234567890123456789012345678901234567890123456789" })
	void platformUserIdsWithOtherCharactersOrOverTheColumnAreRefused(String raw) {
		assertThatThrownBy(() -> Recipients.normalise(Channel.ZALO_OA, raw)).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> Recipients.normalise(Channel.MESSENGER, raw)).isInstanceOf(BusinessException.class);
	}

	@ParameterizedTest
	@CsvSource({ "SMS, 84901234578, 09******78", "ZALO, 84391234567, 03******67", "EMAIL, an@gmail.com, a***@gmail.com",
			"ZALO_OA, 846845883529197922, 84**************22", "MESSENGER, 6931548706878593, 69************93" })
	void masksShowOnlyTheEdges(Channel channel, String recipient, String masked) {
		assertThat(Recipients.mask(channel, recipient)).isEqualTo(masked);
	}

	/** Property: for any valid mobile number, the mask keeps its length and hides at least six digits. */
	@ParameterizedTest
	@MethodSource("randomMobiles")
	void masksNeverRevealMoreThanFourDigits(String mobile) {
		String normalised = Recipients.normalise(Channel.SMS, mobile);
		String masked = Recipients.mask(Channel.SMS, normalised);
		assertThat(masked).hasSize(10);
		assertThat(masked.chars().filter(c -> c == '*').count()).isEqualTo(6);
		assertThat(masked).startsWith(mobile.substring(0, 2)).endsWith(mobile.substring(8));
	}

	static Stream<String> randomMobiles() {
		Random random = new Random(2024);
		String[] prefixes = { "03", "05", "07", "08", "09" };
		return IntStream.range(0, 50)
			.mapToObj(i -> prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000)));
	}
}
