package vn.gov.cantho.egov.feedback.open311;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;

/**
 * Whatever else reaches /open311: an unknown path is a missing resource (404), a known one asked with the wrong
 * method is a failed request (400, with 405 in the body), both in the Open311 error format of the path's suffix.
 */
@Controller
class FallbackEndpoint implements Open311Endpoint {

	private static final Pattern KNOWN = Pattern
		.compile("^/open311(/v2)?/(discovery|services(/[^/]+)?|requests(/[^/]+)?|tokens/[^/]+)\\.[^/.]+$");

	@RequestMapping("/open311/**")
	void elsewhere(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (KNOWN.matcher(path).matches()) {
			throw Open311Failure.of(new Reason(400, 405, "error.open311.method", request.getMethod()));
		}
		throw Open311Failure.of(Reason.notFound("error.open311.not-found", path));
	}
}
