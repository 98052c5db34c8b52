package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.cantho.egov.identity.domain.ContactDetails;
import vn.gov.cantho.egov.identity.domain.PasswordRules;

/** Password strength, mobile numbers, e-mail addresses and usernames. */
class IdentityRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "demo1234", "123456789", "1234567890", "matkhau123", "Password123",
			"QWERTYUIOP", "nguyenvanan2024", "xx-NguyenVanAn-xx" })
	void weakPasswordsAreRefused(String password) {
		assertThat(PasswordRules.check("nguyenvanan", password)).contains(PasswordRules.WEAK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mưa Cần Thơ rất dịu", "correct horse battery", "ninh-kieu-ben-tau-7" })
	void longUncommonPasswordsAreAccepted(String password) {
		assertThat(PasswordRules.check("nguyenvanan", password)).isEmpty();
	}

	@Test
	void passwordsBeyondWhatBcryptReadsAreRefused() {
		assertThat(PasswordRules.check("an", "x".repeat(72))).isEmpty();
		assertThat(PasswordRules.check("an", "x".repeat(73))).contains(PasswordRules.TOO_LONG);
		assertThat(PasswordRules.check("an", "ư".repeat(37))).contains(PasswordRules.TOO_LONG);
	}

	@ParameterizedTest
	@CsvSource({ "0912345678, 0912345678", "+84912345678, 0912345678", "84912345678, 0912345678",
			"'0912 345 678', 0912345678", "+84 (0)38.123.4567, ", "0381234567, 0381234567", "0561234567, 0561234567",
			"0791234567, 0791234567", "0861234567, 0861234567", "0212345678, ", "091234567, ", "09123456789, ",
			"abc, ", "'', " })
	void mobileNumbersAreNormalised(String typed, String expected) {
		assertThat(ContactDetails.mobile(typed).orElse(null)).isEqualTo(expected);
	}

	@Test
	void emailAddressesAreChecked() {
		assertThat(ContactDetails.email(" an@example.vn ")).contains("an@example.vn");
		assertThat(ContactDetails.email("an@example")).isEmpty();
		assertThat(ContactDetails.email("an example@x.vn")).isEmpty();
		assertThat(ContactDetails.email("a@" + "b".repeat(200) + ".vn")).isEmpty();
	}

	@Test
	void usernamesAreCaseInsensitive() {
		assertThat(ContactDetails.usernameKey(" Nguyen.An ")).isEqualTo("nguyen.an");
		assertThat(ContactDetails.isValidUsername("nguyen.an")).isTrue();
		assertThat(ContactDetails.isValidUsername("an")).isFalse();
		assertThat(ContactDetails.isValidUsername("nguyễn")).isFalse();
		assertThat(ContactDetails.isValidUsername(".an")).isFalse();
		assertThat(ContactDetails.isValidUsername("a".repeat(51))).isFalse();
	}
}
