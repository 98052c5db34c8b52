package vn.gov.cantho.egov.health.retention;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * How the retention and figures pages write dates (dd/MM/yyyy, Vietnam time), counts and sizes; used from templates
 * as {@code @healthRetentionDisplay}.
 */
@Component("healthRetentionDisplay")
public class RetentionDisplay {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	public String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	/** Days joined with commas, e.g. 01/05/2026, 02/05/2026. */
	public String dates(List<LocalDate> days) {
		return days.stream().map(this::date).collect(Collectors.joining(", "));
	}

	public String date(Instant instant) {
		return instant == null ? "—" : DATE.format(instant.atZone(DailyPartitions.ZONE));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant.atZone(DailyPartitions.ZONE));
	}

	public String hour(Instant instant) {
		return instant == null ? "—" : HOUR.format(instant.atZone(DailyPartitions.ZONE));
	}

	public String count(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	public long days(Duration duration) {
		return duration == null ? 0 : duration.toDays();
	}

	/** A percentage with one decimal, e.g. 12,5 % in Vietnamese; a dash when there is nothing to divide. */
	public String percent(Double share, Locale locale) {
		if (share == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(share * 100) + " %";
	}

	/**
	 * The classes of a bar as wide as {@code value} is of {@code max}, in steps of 2 % (classes of health-stats.css:
	 * the content security policy allows no inline style). A non-zero value is never drawn empty.
	 */
	public String bar(long value, long max) {
		if (value <= 0 || max <= 0) {
			return "bar empty";
		}
		long step = Math.max(2, Math.round(value * 50.0 / max) * 2);
		return "bar w" + Math.min(100, step);
	}

	/** Disk size in MiB with one decimal (KiB below one MiB). */
	public String size(long bytes, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KiB"
				: format.format(bytes / (1024.0 * 1024)) + " MiB";
	}
}
