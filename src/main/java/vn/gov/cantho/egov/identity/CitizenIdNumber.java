package vn.gov.cantho.egov.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A 12-digit personal ID number (số định danh cá nhân, printed on the CCCD card), checked against its structure
 * (Circular 07/2016/TT-BCA art. 7): digits 1–3 the province of birth registration, digit 4 century and sex,
 * digits 5–6 the last two digits of the birth year, digits 7–12 a random serial. The serial carries no check digit,
 * so a typo there cannot be caught. {@link #toString()} is masked so the number never lands in a log by accident.
 */
public final class CitizenIdNumber implements Serializable {

	public static final String INVALID = "identity.invalid-id-number";

	private static final long serialVersionUID = 1L;
	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	private final String value;

	private CitizenIdNumber(String value) {
		this.value = value;
	}

	/** Checks {@code text} (spaces allowed between groups) against today's date in {@code clock}. */
	public static CitizenIdNumber parse(String text, Clock clock) {
		String digits = text == null ? "" : text.replace(" ", "");
		if (!isValid(digits, Year.now(clock))) {
			throw BusinessException.invalid(INVALID, "idNumber");
		}
		return new CitizenIdNumber(digits);
	}

	/** Re-creates a number that was checked when it was stored (the rules may not be re-applied to old data). */
	public static CitizenIdNumber ofStored(String digits) {
		if (digits == null || !TWELVE_DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException("not a stored ID number");
		}
		return new CitizenIdNumber(digits);
	}

	/** The structural rules; {@code currentYear} bounds the birth year. */
	public static boolean isValid(String digits, Year currentYear) {
		if (digits == null || !TWELVE_DIGITS.matcher(digits).matches()) {
			return false;
		}
		if (!ProvinceCodes.isKnown(digits.substring(0, 3))) {
			return false;
		}
		return birthYearOf(digits) <= currentYear.getValue();
	}

	private static int birthYearOf(String digits) {
		int centuryDigit = digits.charAt(3) - '0';
		return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
	}

	public String value() {
		return value;
	}

	public String provinceCode() {
		return value.substring(0, 3);
	}

	/** Name of the province of birth registration (as it was named when the code was assigned). */
	public String provinceName() {
		return ProvinceCodes.name(provinceCode()).orElseThrow();
	}

	/** Even century digits are male, odd ones female. */
	public Sex sex() {
		return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
	}

	/** The year of birth the number encodes. */
	public Year birthYear() {
		return Year.of(birthYearOf(value));
	}

	/** The hundred years the century digit allows (1900–1999 for 0/1, 2000–2099 for 2/3, ...). */
	public YearRange birthYearRange() {
		int first = 1900 + ((value.charAt(3) - '0') / 2) * 100;
		return new YearRange(Year.of(first), Year.of(first + 99));
	}

	/** Only the last four digits visible: {@code ********1234}. */
	public String masked() {
		return "********" + value.substring(8);
	}

	/** Codes of the 63 provinces accepted as the first three digits. */
	public static List<String> provinceCodes() {
		return ProvinceCodes.codes();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CitizenIdNumber that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

	public enum Sex {
		MALE, FEMALE
	}

	/** Inclusive range of years. */
	public record YearRange(Year first, Year last) implements Serializable {

		public boolean contains(Year year) {
			return !year.isBefore(first) && !year.isAfter(last);
		}
	}
}
