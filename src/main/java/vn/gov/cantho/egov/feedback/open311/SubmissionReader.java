package vn.gov.cantho.egov.feedback.open311;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;
import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;

/**
 * Reads the form of POST /requests into a submission on the OPEN311 channel. It checks what only Open311 defines:
 * service_code (missing 400, unknown 404), that some location was sent (lat and long, address_string or address_id,
 * which is a ward or commune code of the administrative map), that coordinates are numbers and media_url a web link.
 * Everything else (lengths, the pin inside the city, contacts, attribute answers) is the feedback module's rules,
 * checked by {@link Open311Submissions}. Attributes the service does not define are left out, as clients such as
 * FixMyStreet send the same extra attributes to every service.
 */
@Component
class SubmissionReader {

	static final int TITLE_MAX = 100;
	static final int MEDIA_URL_MAX = 1000;
	private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\]\\[]+)\\](\\[\\])?$");

	private final Services services;
	private final AdministrativeMap map;
	private final Clock clock;

	SubmissionReader(Services services, AdministrativeMap map, Clock clock) {
		this.services = services;
		this.map = map;
		this.clock = clock;
	}

	/**
	 * What was sent, and its problems by parameter name ({@code location} when none was sent). The submission is built
	 * from the usable parts even when there are problems, so that the module's rules are reported in the same answer.
	 */
	record Draft(FeedbackFieldView field, FeedbackSubmission submission, String mediaUrl, String accountId,
			Map<String, List<Reason>> problems) {
	}

	Draft read(HttpServletRequest request, Locale locale) {
		Map<String, List<Reason>> problems = new LinkedHashMap<>();
		String code = Params.optional(request, "service_code");
		FeedbackFieldView field = null;
		if (code == null) {
			add(problems, "service_code", Reason.badRequest("error.open311.missing", "service_code"));
		}
		else {
			field = services.find(code).orElse(null);
			if (field == null) {
				add(problems, "service_code", Reason.notFound("error.open311.service-not-found", code));
			}
		}
		Location location = location(request, problems);
		String mediaUrl = Params.optional(request, "media_url");
		if (mediaUrl != null && (mediaUrl.length() > MEDIA_URL_MAX || !mediaUrl.matches("(?i)https?://\\S+"))) {
			add(problems, "media_url", Reason.badRequest("error.open311.media-url", MEDIA_URL_MAX));
		}
		// The 1022 system keeps a text for every item: a request sent without description is filed under its
		// service's name, which is also its title. Without a valid service nothing is filed; its code stands in
		// for the text only so that the module's checks do not also call the optional description missing.
		String description = Params.optional(request, "description");
		String text = description != null ? description
				: field != null ? Services.name(field, locale) : code != null ? code : "service_code";
		FeedbackSubmission submission = new FeedbackSubmission(FeedbackChannel.OPEN311, title(text), text,
				field == null ? code : field.code(), location, new Reporter(name(request),
						Params.optional(request, "phone"), Params.optional(request, "email"), null),
				List.of(), field == null ? Map.of() : attributes(request, field), true, request.getRemoteAddr());
		return new Draft(field, submission, mediaUrl, Params.optional(request, "account_id"), problems);
	}

	private Location location(HttpServletRequest request, Map<String, List<Reason>> problems) {
		String lat = Params.optional(request, "lat");
		String lon = Params.optional(request, "long");
		String address = Params.optional(request, "address_string");
		String addressId = Params.optional(request, "address_id");
		if (lat == null && lon == null && address == null && addressId == null) {
			add(problems, "location", Reason.badRequest("error.open311.location-missing"));
		}
		Double latitude = coordinate("lat", lat, 90, problems);
		Double longitude = coordinate("long", lon, 180, problems);
		AdminUnitView unit = addressId == null ? null : map.unit(addressId, LocalDate.now(clock)).orElse(null);
		return new Location(latitude, longitude, address != null ? address : unit != null ? unit.name() : null,
				addressId);
	}

	/** A WGS84 coordinate within its range; whether it lies in the city is the module's rule. */
	private static Double coordinate(String name, String value, double bound, Map<String, List<Reason>> problems) {
		if (value == null) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(value);
			if (Double.isFinite(parsed) && Math.abs(parsed) <= bound) {
				return parsed;
			}
		}
		catch (NumberFormatException e) {
			// reported below, like a number out of range
		}
		add(problems, name, Reason.badRequest("error.open311.coordinate", name, value, bound));
		return null;
	}

	/** The reporter's name, family name first as Vietnamese names are written. */
	private static String name(HttpServletRequest request) {
		String first = Params.optional(request, "first_name");
		String last = Params.optional(request, "last_name");
		return last == null ? first : first == null ? last : last + " " + first;
	}

	/** The item's title: the first line of the text, shortened at a word. */
	static String title(String text) {
		String line = text.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
		if (line.length() <= TITLE_MAX) {
			return line;
		}
		int cut = line.lastIndexOf(' ', TITLE_MAX - 1);
		return line.substring(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX - 1) + "…";
	}

	/** attribute[CODE]=v and attribute[CODE][]=v1&amp;attribute[CODE][]=v2 for the service's own attributes. */
	static Map<String, List<String>> attributes(HttpServletRequest request, FeedbackFieldView field) {
		Set<String> defined = field.attributes().stream().map(FieldAttribute::code).collect(Collectors.toSet());
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches() && defined.contains(matcher.group(1))) {
				for (String value : values) {
					attributes.computeIfAbsent(matcher.group(1), c -> new ArrayList<>()).add(value);
				}
			}
		});
		return attributes;
	}

	static void add(Map<String, List<Reason>> problems, String parameter, Reason reason) {
		problems.computeIfAbsent(parameter, p -> new ArrayList<>()).add(reason);
	}
}
