package vn.gov.cantho.egov.feedback.open311;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;

/**
 * Reading GeoReport v2 parameters: an optional parameter sent empty is the same as one not sent, values are trimmed,
 * and the two checks every method shares, the format suffix and the jurisdiction, answer 404 as the specification
 * says for a resource that does not exist.
 */
@Component
class Params {

	private final Open311Properties properties;

	Params(Open311Properties properties) {
		this.properties = properties;
	}

	/** The trimmed value, or null when the parameter is absent or blank. */
	static String optional(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** A comma-separated list, blanks dropped; empty when the parameter is absent or blank. */
	static List<String> list(HttpServletRequest request, String name) {
		String value = optional(request, name);
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** The format of the path, or 404 for a suffix other than xml and json. */
	static Format format(String suffix) {
		return Format.of(suffix).orElseThrow(() -> Open311Failure.of(Reason.notFound("error.open311.format", suffix)));
	}

	/** The reason to refuse the request's jurisdiction_id, or null when it is absent, empty or this city's. */
	Reason jurisdictionProblem(HttpServletRequest request) {
		String asked = optional(request, "jurisdiction_id");
		return asked == null || asked.equalsIgnoreCase(properties.jurisdictionId()) ? null
				: Reason.notFound("error.open311.jurisdiction", asked);
	}

	void checkJurisdiction(HttpServletRequest request) {
		Reason problem = jurisdictionProblem(request);
		if (problem != null) {
			throw Open311Failure.of(problem);
		}
	}

	String jurisdictionId() {
		return properties.jurisdictionId();
	}
}
