package vn.gov.cantho.egov.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFields;

/**
 * How feedback pages write dates, fields, agencies and areas, used from templates as {@code @feedbackDisplay}.
 * Instants are shown in the zone of the {@code Clock} bean (Asia/Ho_Chi_Minh), day first, whatever the server's zone;
 * names are in the reader's language where the directory has them, else the code.
 */
@Component("feedbackDisplay")
public class FeedbackDisplay {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final Clock clock;
	private final FeedbackFields fields;
	private final AgencyDirectory agencies;
	private final AdministrativeMap map;

	FeedbackDisplay(Clock clock, FeedbackFields fields, AgencyDirectory agencies, AdministrativeMap map) {
		this.clock = clock;
		this.fields = fields;
		this.agencies = agencies;
		this.map = map;
	}

	/** Time and date, e.g. 14:05 03/02/2027 (the order Vietnamese forms use). */
	public String at(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String month(YearMonth month) {
		return month == null ? "" : MONTH.format(month);
	}

	/** The field's name in the reader's language; empty for an unclassified item, the code for an unknown field. */
	public String field(String code, Locale locale) {
		if (code == null) {
			return "";
		}
		return fields.field(code).map(f -> fieldName(f, locale)).orElse(code);
	}

	public String fieldName(FeedbackFieldView field, Locale locale) {
		return text(field.name(), field.nameEn(), locale);
	}

	/** The agency's name in the reader's language, its code when the directory does not know it. */
	public String agency(String code, Locale locale) {
		if (code == null) {
			return "";
		}
		return agencies.agency(code).map(a -> text(a.name(), a.nameEn(), locale)).orElse(code);
	}

	/** The ward or commune's name as it stands today, its code when the map does not know it. */
	public String unit(String code) {
		if (code == null) {
			return "";
		}
		return map.unit(code, LocalDate.now(clock)).map(u -> u.name()).orElse(code);
	}

	/** An extra question of a field as its reader reads it; its code when the field no longer asks it. */
	public String question(String fieldCode, String attributeCode, Locale locale) {
		return attribute(fieldCode, attributeCode).map(q -> text(q.descriptionVi(), q.descriptionEn(), locale))
			.orElse(attributeCode);
	}

	/** An answer to an extra question: the name of a listed value, else the value as given. */
	public String answer(String fieldCode, String attributeCode, String value, Locale locale) {
		return attribute(fieldCode, attributeCode).flatMap(q -> q.values()
			.stream()
			.filter(v -> v.key().equals(value))
			.findFirst())
			.map(v -> text(v.nameVi(), v.nameEn(), locale))
			.orElse(value);
	}

	private java.util.Optional<FeedbackFieldView.FieldAttribute> attribute(String fieldCode, String attributeCode) {
		if (fieldCode == null) {
			return java.util.Optional.empty();
		}
		return fields.field(fieldCode)
			.flatMap(f -> f.attributes().stream().filter(a -> a.code().equals(attributeCode)).findFirst());
	}

	public String text(String vi, String en, Locale locale) {
		return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
	}

	/** The start of a long text for a list, cut at a word and marked with an ellipsis. */
	public String excerpt(String text, int length) {
		if (text == null || text.length() <= length) {
			return text == null ? "" : text;
		}
		int cut = text.lastIndexOf(' ', length);
		return text.substring(0, cut > length / 2 ? cut : length).strip() + "…";
	}

	/** A coordinate as typed in the form and shown on pages: six decimals (about 10 cm), a dot as separator. */
	public String coordinate(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
	}
}
