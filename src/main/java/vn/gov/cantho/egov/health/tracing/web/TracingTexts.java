package vn.gov.cantho.egov.health.tracing.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.domain.DailyPartitions;

/** Times as officers read them (dd/MM/yyyy HH:mm, Vietnam time) and the translated CSV header. */
@Component("tracingTexts")
public class TracingTexts {

	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(DailyPartitions.ZONE);
	static final List<String> COLUMNS = List.of("generation", "personRef", "fullName", "phone", "idNumberTail",
			"venueCode", "venueName", "overlapFrom", "overlapUntil", "minutes", "via", "exposures", "reachedAt");

	private final MessageSource messages;

	TracingTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String at(Instant instant) {
		return instant == null ? "—" : AT.format(instant);
	}

	public List<String> csvHeader(Locale locale) {
		return COLUMNS.stream().map(c -> messages.getMessage("health.tracing.column." + c, null, locale)).toList();
	}
}
