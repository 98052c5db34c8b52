package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.UnitLevel;

/** Times in Vietnam's zone whatever the server's, money with dots and the dong sign, names in the reader's language. */
class DossierDisplayTest {

	static final AgencyView IMMIGRATION = new AgencyView("CA-XNC", "Phòng Quản lý xuất nhập cảnh",
			"Immigration Office", AgencyKind.POLICE, UnitLevel.PROVINCE, "92", true);

	final DossierDisplay display = new DossierDisplay(
			Clock.fixed(Instant.parse("2027-02-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), new OneAgency());

	@Test
	void instantsAreShownInVietnamTimeAsHoursThenDate() {
		assertThat(display.at(Instant.parse("2027-02-01T17:30:00Z"))).isEqualTo("00:30 02/02/2027");
		assertThat(display.date(Instant.parse("2027-02-01T17:30:00Z"))).isEqualTo("02/02/2027");
		assertThat(display.at(LocalDateTime.of(2027, 2, 11, 16, 30))).isEqualTo("16:30 11/02/2027");
		assertThat(display.at((Instant) null)).isEmpty();
	}

	@Test
	void moneyHasDotsBetweenThousandsAndTheDongSignInBothLanguages() {
		assertThat(display.money(200_000)).isEqualTo("200.000 ₫");
		assertThat(display.money(1_250_000)).isEqualTo("1.250.000 ₫");
		assertThat(display.money(0)).isEqualTo("0 ₫");
	}

	@Test
	void percentagesHaveOneDecimalInTheReadersStyle() {
		assertThat(display.percent(27.46, Locale.forLanguageTag("vi"))).isEqualTo("27,5 %");
		assertThat(display.percent(27.46, Locale.ENGLISH)).isEqualTo("27.5 %");
		assertThat(display.percent(100, Locale.ENGLISH)).isEqualTo("100.0 %");
	}

	@Test
	void isoDatesFromDateInputsAreShownDayFirstAndOtherTextAsTyped() {
		assertThat(display.isoDate("1995-09-20")).isEqualTo("20/09/1995");
		assertThat(display.isoDate("20/09/1995")).isEqualTo("20/09/1995");
		assertThat(display.isoDate(null)).isEmpty();
	}

	@Test
	void idNumbersAreMaskedButTheirLastFourDigits() {
		assertThat(display.masked("092095001234")).isEqualTo("********1234");
		assertThat(display.masked("123")).isEqualTo("123");
		assertThat(display.masked(null)).isEmpty();
	}

	@Test
	void agencyNamesFollowTheLanguageAndFallBackToTheCode() {
		assertThat(display.agency("CA-XNC", Locale.forLanguageTag("vi"))).isEqualTo("Phòng Quản lý xuất nhập cảnh");
		assertThat(display.agency("CA-XNC", Locale.ENGLISH)).isEqualTo("Immigration Office");
		assertThat(display.agency("UNKNOWN", Locale.ENGLISH)).isEqualTo("UNKNOWN");
	}

	/** A directory with the immigration office only. */
	static class OneAgency implements AgencyDirectory {

		@Override
		public Optional<AgencyView> agency(String code) {
			return IMMIGRATION.code().equals(code) ? Optional.of(IMMIGRATION) : Optional.empty();
		}

		@Override
		public List<AgencyView> agencies() {
			return List.of(IMMIGRATION);
		}
	}
}
