package vn.gov.cantho.egov.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the container's upload bound fails while the multipart body is read, before any controller is
 * chosen, so neither the API nor the page advice (both tied to controllers) sees it: this one answers with the coded
 * problem detail on the API and the error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private static final String CODE = "too-large";

	private final ProblemDetails problems;

	UploadLimitAdvice(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	Object tooLarge(MaxUploadSizeExceededException e, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = problems.problem(HttpStatus.CONTENT_TOO_LARGE, CODE, "file", null, locale);
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
		page.addObject("messageKey", "error." + CODE);
		page.addObject("messageArgs", new Object[0]);
		return page;
	}
}
