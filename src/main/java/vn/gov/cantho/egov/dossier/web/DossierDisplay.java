package vn.gov.cantho.egov.dossier.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;

/**
 * How dossier pages write times, dates, money and names, used from templates as {@code @dossierDisplay}. Instants are
 * shown in the zone of the {@code Clock} bean (Asia/Ho_Chi_Minh), whatever the server's zone.
 */
@Component("dossierDisplay")
public class DossierDisplay {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Clock clock;
	private final AgencyDirectory agencies;

	DossierDisplay(Clock clock, AgencyDirectory agencies) {
		this.clock = clock;
		this.agencies = agencies;
	}

	/** Time and date, e.g. 14:05 03/02/2027 (the order Vietnamese forms use). */
	public String at(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	public String at(LocalDateTime time) {
		return time == null ? "" : DATE_TIME.format(time);
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
	}

	public String date(LocalDateTime time) {
		return time == null ? "" : DATE.format(time);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** A date typed in a date input (ISO), shown as dd/MM/yyyy; anything else as it was typed. */
	public String isoDate(String text) {
		if (text == null) {
			return "";
		}
		try {
			return DATE.format(LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			return text;
		}
	}

	public String time(LocalDateTime time) {
		return time == null ? "" : TIME.format(time);
	}

	/** VND with dots between thousands and the dong sign: 200.000 ₫, in both languages. */
	public String money(long amount) {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
		format.setGroupingUsed(true);
		return format.format(amount) + " ₫";
	}

	/** A percentage (0 to 100, as the figures give it) with one decimal in the reader's style: 27,5 % or 27.5 %. */
	public String percent(double percentage, Locale locale) {
		return decimal(percentage, locale) + " %";
	}

	public String decimal(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** An ID number with all but its last four digits hidden, as it is shown until someone asks to see it. */
	public String masked(String idNumber) {
		if (idNumber == null) {
			return "";
		}
		int shown = Math.min(4, idNumber.length());
		return "*".repeat(idNumber.length() - shown) + idNumber.substring(idNumber.length() - shown);
	}

	/** The agency's name in the reader's language, its code when the directory does not know it. */
	public String agency(String code, Locale locale) {
		if (code == null) {
			return "";
		}
		return agencies.agency(code).map(a -> name(a, locale)).orElse(code);
	}

	public String text(String vi, String en, Locale locale) {
		return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
	}

	private static String name(AgencyView agency, Locale locale) {
		return "en".equals(locale.getLanguage()) && agency.nameEn() != null && !agency.nameEn().isBlank()
				? agency.nameEn() : agency.name();
	}
}
