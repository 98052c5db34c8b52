package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The firewall's character rules, checked without a regex, give the same answer as Spring Security's own patterns on
 * seeded random text: ASCII, Latin-1 and its controls, Vietnamese letters, unassigned code points, lone surrogates,
 * characters beyond the basic plane, tabs.
 */
class HeaderFirewallTest {

	static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
	static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
	static final int[] SAMPLES = { 0x00, 0x09, 0x0A, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x85, 0x9F, 0xA0, 0xE9, 0x1EA1,
			0x1EF9, 0x0378, 0xD800, 0xDC00, 0xFFFF, 0x1F600, 0xE0001, 0x10FFFF, 0x2028, 0x200B };

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void sameAnswersAsTheRegularExpressions(long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(4);
			int codePoint = switch (kind) {
				case 0 -> 0x20 + random.nextInt(0x5F);
				case 1 -> SAMPLES[random.nextInt(SAMPLES.length)];
				case 2 -> random.nextInt(0x3000);
				default -> random.nextInt(Character.MAX_CODE_POINT + 1);
			};
			text.appendCodePoint(codePoint);
		}
		String s = text.toString();
		assertThat(HeaderFirewall.assignedNotControl(s)).as("names %s", s.codePoints().boxed().toList())
			.isEqualTo(NAMES.matcher(s).matches());
		assertThat(HeaderFirewall.headerValue(s)).as("values %s", s.codePoints().boxed().toList())
			.isEqualTo(VALUES.matcher(s).matches());
	}
}
