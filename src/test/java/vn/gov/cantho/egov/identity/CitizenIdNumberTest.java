package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.cantho.egov.identity.CitizenIdNumber.Sex;
import vn.gov.cantho.egov.shared.BusinessException;

/** The structure rules of the 12-digit personal ID number, on a fixed date (1 June 2026, Vietnam time). */
class CitizenIdNumberTest {

	static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	@Test
	void decodesACanThoNumberOfAManBornIn1995() {
		CitizenIdNumber number = CitizenIdNumber.parse("092095001234", JUNE_2026);

		assertThat(number.value()).isEqualTo("092095001234");
		assertThat(number.provinceCode()).isEqualTo("092");
		assertThat(number.provinceName()).isEqualTo("Cần Thơ");
		assertThat(number.sex()).isEqualTo(Sex.MALE);
		assertThat(number.birthYear()).isEqualTo(Year.of(1995));
		assertThat(number.birthYearRange().first()).isEqualTo(Year.of(1900));
		assertThat(number.birthYearRange().last()).isEqualTo(Year.of(1999));
	}

	@Test
	void decodesCenturyAndSexDigitsOfThe21stCentury() {
		CitizenIdNumber woman = CitizenIdNumber.parse("001305123456", JUNE_2026);
		assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
		assertThat(woman.birthYear()).isEqualTo(Year.of(2005));
		assertThat(woman.birthYearRange().contains(Year.of(2005))).isTrue();
		assertThat(woman.birthYearRange().first()).isEqualTo(Year.of(2000));
		assertThat(woman.birthYearRange().last()).isEqualTo(Year.of(2099));
		assertThat(woman.provinceName()).isEqualTo("Hà Nội");

		assertThat(CitizenIdNumber.parse("096200000001", JUNE_2026).sex()).isEqualTo(Sex.MALE);
		assertThat(CitizenIdNumber.parse("096100000001", JUNE_2026).sex()).isEqualTo(Sex.FEMALE);
		assertThat(CitizenIdNumber.parse("096100000001", JUNE_2026).birthYear()).isEqualTo(Year.of(1900));
	}

	@Test
	void theBirthYearMayBeThisYearButNotNextYear() {
		assertThat(CitizenIdNumber.isValid("092226000001", Year.of(2026))).isTrue();
		assertThat(CitizenIdNumber.isValid("092327000001", Year.of(2026))).isFalse();
		assertThat(CitizenIdNumber.isValid("092327000001", Year.of(2027))).isTrue();
		assertThatThrownBy(() -> CitizenIdNumber.parse("092227000001", JUNE_2026))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.code()).isEqualTo("identity.invalid-id-number");
				assertThat(e.field()).isEqualTo("idNumber");
				assertThat(e.status().value()).isEqualTo(422);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "4", "5", "6", "7", "8", "9" })
	void centuriesAfterThe21stAreInTheFuture(String centuryDigit) {
		assertThat(CitizenIdNumber.isValid("092" + centuryDigit + "00000001", Year.of(2026))).isFalse();
	}

	@Test
	void laterCenturiesAreAcceptedOnceTheyHaveBegun() {
		assertThat(CitizenIdNumber.isValid("092400000001", Year.of(2100))).isTrue();
		assertThat(CitizenIdNumber.isValid("092999000001", Year.of(2500))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "000095001234", "003095001234", "097095001234", "099095001234", "063095001234",
			"100095001234", "999095001234" })
	void unknownProvinceCodesAreRejected(String number) {
		assertThat(CitizenIdNumber.isValid(number, Year.of(2026))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "09209500123", "0920950012345", "09209500123a", "O92095001234", "092-095-001234",
			"０９２０９５００１２３４", "+92095001234" })
	void onlyTwelveAsciiDigitsAreANumber(String text) {
		assertThat(CitizenIdNumber.isValid(text, Year.of(2026))).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "            " })
	void nothingIsNotANumber(String text) {
		assertThatThrownBy(() -> CitizenIdNumber.parse(text, JUNE_2026)).isInstanceOf(BusinessException.class);
	}

	@Test
	void spacesBetweenGroupsAreIgnored() {
		assertThat(CitizenIdNumber.parse("092 095 001234", JUNE_2026).value()).isEqualTo("092095001234");
	}

	@Test
	void isMaskedExceptTheLastFourDigits() {
		CitizenIdNumber number = CitizenIdNumber.parse("092095001234", JUNE_2026);
		assertThat(number.masked()).isEqualTo("********1234");
		assertThat(number).hasToString("********1234");
		assertThat(String.valueOf(number)).doesNotContain("092095");
	}

	@Test
	void equalByValue() {
		assertThat(CitizenIdNumber.parse("092095001234", JUNE_2026))
			.isEqualTo(CitizenIdNumber.ofStored("092095001234"))
			.hasSameHashCodeAs(CitizenIdNumber.ofStored("092095001234"))
			.isNotEqualTo(CitizenIdNumber.ofStored("092095001235"));
	}

	@Test
	void knowsExactlyThe63ProvinceCodes() {
		assertThat(CitizenIdNumber.provinceCodes()).hasSize(63)
			.contains("001", "092", "093", "094", "096", "079", "048")
			.doesNotContain("000", "003", "097")
			.isSorted();
		assertThat(CitizenIdNumber.provinceCodes()).allMatch(code -> code.matches("0\\d\\d"));
	}
}
