package vn.gov.cantho.egov.feedback.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;

/**
 * Reads the parameters of GET /requests into a {@link RequestFilter}, reporting every bad one at once (400). Dates
 * follow the W3C profile of ISO 8601: a day, or a time with or without seconds and with its offset; a time without
 * offset is taken as Vietnam time, a day as the whole day there. A plus sign that the query string turned into a
 * space (an offset sent unencoded, 2026-11-27T08:00:00+07:00) is read back as a plus.
 */
@Component
class RequestFilters {

	static final Duration MAX_SPAN = Duration.ofDays(90);
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Pattern SPACED_OFFSET = Pattern.compile(" (\\d{2}:\\d{2})$");

	private final Params params;
	private final Clock clock;

	RequestFilters(Params params, Clock clock) {
		this.params = params;
		this.clock = clock;
	}

	RequestFilter read(HttpServletRequest request) {
		List<Reason> problems = new ArrayList<>();
		Reason jurisdiction = params.jurisdictionProblem(request);
		if (jurisdiction != null) {
			problems.add(jurisdiction);
		}
		boolean extensions = "true".equalsIgnoreCase(Params.optional(request, "extensions"));
		List<String> numbers = Params.list(request, "service_request_id");
		if (!numbers.isEmpty()) {
			if (numbers.size() > RequestFilter.MAX_ROWS) {
				problems.add(Reason.badRequest("error.open311.too-many-ids", RequestFilter.MAX_ROWS));
			}
			check(problems);
			return new RequestFilter(numbers, List.of(), null, null, Set.of(), RequestFilter.MAX_ROWS, 0, extensions);
		}
		Instant start = instant(request, "start_date", false, problems);
		Instant end = instant(request, "end_date", true, problems);
		Set<FeedbackState> states = states(request, problems);
		int page = positive(request, "page", 1, problems);
		int size = Math.min(positive(request, "page_size", RequestFilter.MAX_ROWS, problems), RequestFilter.MAX_ROWS);
		if (start == null && end == null) {
			end = clock.instant();
			start = end.minus(MAX_SPAN);
		}
		else if (start == null) {
			start = end.minus(MAX_SPAN);
		}
		else if (end == null) {
			end = start.plus(MAX_SPAN);
		}
		else if (end.isBefore(start)) {
			problems.add(Reason.badRequest("error.open311.date-order"));
		}
		else if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
			problems.add(Reason.badRequest("error.open311.date-span", MAX_SPAN.toDays()));
		}
		check(problems);
		long offset = (long) (page - 1) * size;
		if (offset > Integer.MAX_VALUE) {
			throw Open311Failure.of(Reason.badRequest("error.open311.positive", "page"));
		}
		return new RequestFilter(List.of(), Params.list(request, "service_code"), start, end, states, size,
				(int) offset, extensions);
	}

	private static void check(List<Reason> problems) {
		if (!problems.isEmpty()) {
			throw new Open311Failure(problems);
		}
	}

	/** A W3C datetime; a bare day counts from its start, or to its end when it ends the period. */
	static Instant instant(HttpServletRequest request, String name, boolean endOfDay, List<Reason> problems) {
		String value = Params.optional(request, name);
		if (value == null) {
			return null;
		}
		Instant parsed = parse(value, endOfDay);
		if (parsed == null) {
			problems.add(Reason.badRequest("error.open311.date", name, value));
		}
		return parsed;
	}

	static Instant parse(String value, boolean endOfDay) {
		String text = SPACED_OFFSET.matcher(value).replaceFirst("+$1");
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			// tried next as a local time, then as a day
		}
		try {
			return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException notLocal) {
			// tried next as a day
		}
		try {
			LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
			return endOfDay ? day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1000)
					: day.atStartOfDay(ZONE).toInstant();
		}
		catch (DateTimeParseException notADay) {
			return null;
		}
	}

	private static Set<FeedbackState> states(HttpServletRequest request, List<Reason> problems) {
		Set<FeedbackState> states = EnumSet.noneOf(FeedbackState.class);
		for (String status : Params.list(request, "status")) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> states.addAll(StatusMapping.OPEN);
				case "closed" -> states.addAll(StatusMapping.CLOSED);
				default -> problems.add(Reason.badRequest("error.open311.status", status));
			}
		}
		// Both statuses together are every state: no filter.
		return states.size() == FeedbackState.values().length ? Set.of() : states;
	}

	private static int positive(HttpServletRequest request, String name, int otherwise, List<Reason> problems) {
		String value = Params.optional(request, name);
		if (value == null) {
			return otherwise;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below like a number below 1
		}
		problems.add(Reason.badRequest("error.open311.positive", name));
		return otherwise;
	}
}
