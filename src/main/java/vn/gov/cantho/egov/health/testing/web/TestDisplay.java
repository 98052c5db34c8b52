package vn.gov.cantho.egov.health.testing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.BusinessException;

/** Times and dates on the test pages, in Vietnam time and the dd/MM/yyyy form; parsing of typed dates. */
@Component("testDisplay")
public class TestDisplay {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	public String date(LocalDate date) {
		return date == null ? "—" : date.format(DATE);
	}

	public String date(Instant instant) {
		return instant == null ? "—" : LocalDate.ofInstant(instant, VIETNAM).format(DATE);
	}

	public String time(Instant instant) {
		return instant == null ? "—" : LocalDateTime.ofInstant(instant, VIETNAM).format(TIME);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "—" : LocalDateTime.ofInstant(instant, VIETNAM).format(DATE_TIME);
	}

	/** A date typed as the browser's date input sends it (yyyy-MM-dd) or as people write it (dd/MM/yyyy). */
	static LocalDate parseDate(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		try {
			return trimmed.contains("/") ? LocalDate.parse(trimmed, DATE) : LocalDate.parse(trimmed);
		}
		catch (DateTimeParseException e) {
			throw BusinessException.invalid("health.testing.date-invalid", field);
		}
	}

	static Instant parseInstant(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw BusinessException.invalid("health.testing.slot-not-found", field);
		}
	}
}
