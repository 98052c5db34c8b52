package vn.gov.cantho.egov.health.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Formats for the outbreak pages, used by the templates as {@code @healthWebDisplay}: times in Vietnam's zone as
 * dd/MM/yyyy HH:mm whatever the server's zone, and a person's initials (what checkpoint staff may see of a name).
 */
@Component
public class HealthWebDisplay {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	public String at(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(ZONE));
	}

	/** {@code Nguyễn Văn An} becomes {@code N.V.A.}; null for a blank name. */
	public static String initials(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return null;
		}
		return Arrays.stream(fullName.trim().split("\\s+"))
			.map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.forLanguageTag("vi")) + ".")
			.collect(Collectors.joining());
	}
}
