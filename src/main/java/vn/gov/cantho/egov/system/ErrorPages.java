package vn.gov.cantho.egov.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever reaches the container's error path (an unknown URL, an unhandled failure): a translated page for people,
 * a problem detail for API clients. Neither ever shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ProblemDetails problems;
	private final JsonMapper json;

	ErrorPages(ProblemDetails problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		HttpStatus status = status(request);
		if (isMachineEndpoint(request)) {
			ResponseEntity<ProblemDetail> problem = problem(request, locale);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem.getBody());
			return null;
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("messageKey", "error." + codeFor(status));
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ProblemDetail problem = problems.problem(status, codeFor(status), null, null, locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isMachineEndpoint(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && (uri.toString().startsWith("/api/") || uri.toString().startsWith("/open311/"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String codeFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case FORBIDDEN -> "forbidden";
			case UNAUTHORIZED -> "unauthenticated";
			case BAD_REQUEST -> "malformed-request";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "too-large";
			default -> status.is4xxClientError() ? "bad-request" : "internal-error";
		};
	}
}
