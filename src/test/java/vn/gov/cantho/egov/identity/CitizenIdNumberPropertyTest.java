package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.cantho.egov.identity.CitizenIdNumber.Sex;

/**
 * Properties over seeded random numbers (reproducible: the seed is in the test name): every well-formed number is
 * accepted and decodes to what it was built from; breaking one rule with one digit is always caught.
 */
class CitizenIdNumberPropertyTest {

	static final Year NOW = Year.of(2026);
	static final List<String> PROVINCES = CitizenIdNumber.provinceCodes();

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj(i -> 20260601L + i * 7919L);
	}

	/** A valid number and what it encodes. */
	record Generated(String digits, String province, Sex sex, int birthYear) {
	}

	static Generated generate(Random random) {
		String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
		int birthYear = 1900 + random.nextInt(NOW.getValue() - 1900 + 1);
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		int century = (birthYear - 1900) / 100;
		int centuryDigit = century * 2 + (sex == Sex.FEMALE ? 1 : 0);
		String serial = String.format("%06d", random.nextInt(1_000_000));
		String digits = province + centuryDigit + String.format("%02d", birthYear % 100) + serial;
		return new Generated(digits, province, sex, birthYear);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void generatedValidNumbersAreAcceptedAndDecoded(long seed) {
		Generated g = generate(new Random(seed));

		assertThat(CitizenIdNumber.isValid(g.digits(), NOW)).as(g.digits()).isTrue();
		CitizenIdNumber number = CitizenIdNumber.ofStored(g.digits());
		assertThat(number.provinceCode()).isEqualTo(g.province());
		assertThat(number.sex()).isEqualTo(g.sex());
		assertThat(number.birthYear()).isEqualTo(Year.of(g.birthYear()));
		assertThat(number.birthYearRange().contains(number.birthYear())).isTrue();
		assertThat(number.masked()).endsWith(g.digits().substring(8)).startsWith("********").hasSize(12);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void anyProvinceDigitChangedIsAcceptedOnlyIfItNamesAnotherProvince(long seed) {
		Random random = new Random(seed);
		Generated g = generate(random);
		int position = random.nextInt(3);
		char replacement = otherDigit(g.digits().charAt(position), random);
		String corrupted = replace(g.digits(), position, replacement);

		boolean stillAProvince = PROVINCES.contains(corrupted.substring(0, 3));
		assertThat(CitizenIdNumber.isValid(corrupted, NOW)).as(corrupted).isEqualTo(stillAProvince);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aCenturyDigitOfAFutureCenturyIsRejected(long seed) {
		Random random = new Random(seed);
		Generated g = generate(random);
		char future = (char) ('4' + random.nextInt(6));

		assertThat(CitizenIdNumber.isValid(replace(g.digits(), 3, future), NOW)).isFalse();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aBirthYearAfterThisYearIsRejected(long seed) {
		Random random = new Random(seed);
		String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
		int futureYear = NOW.getValue() + 1 + random.nextInt(2099 - NOW.getValue());
		char centuryDigit = random.nextBoolean() ? '2' : '3';
		String digits = province + centuryDigit + String.format("%02d", futureYear % 100)
				+ String.format("%06d", random.nextInt(1_000_000));

		assertThat(CitizenIdNumber.isValid(digits, NOW)).as(digits).isFalse();
		assertThat(CitizenIdNumber.isValid(digits, Year.of(futureYear))).as(digits).isTrue();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aNonDigitAnywhereOrALengthChangeIsRejected(long seed) {
		Random random = new Random(seed);
		Generated g = generate(random);
		char letter = "aOIl -.x".charAt(random.nextInt(8));

		assertThat(CitizenIdNumber.isValid(replace(g.digits(), random.nextInt(12), letter), NOW)).isFalse();
		assertThat(CitizenIdNumber.isValid(g.digits().substring(0, 11), NOW)).isFalse();
		assertThat(CitizenIdNumber.isValid(g.digits() + random.nextInt(10), NOW)).isFalse();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void serialDigitsCarryNoRule(long seed) {
		Random random = new Random(seed);
		Generated g = generate(random);
		int position = 6 + random.nextInt(6);

		assertThat(CitizenIdNumber.isValid(replace(g.digits(), position, otherDigit(g.digits().charAt(position), random)),
				NOW)).isTrue();
	}

	private static char otherDigit(char digit, Random random) {
		char other;
		do {
			other = (char) ('0' + random.nextInt(10));
		}
		while (other == digit);
		return other;
	}

	private static String replace(String text, int position, char c) {
		return text.substring(0, position) + c + text.substring(position + 1);
	}
}
