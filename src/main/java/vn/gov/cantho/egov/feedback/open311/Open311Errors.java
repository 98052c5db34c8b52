package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Errors of the GeoReport v2 facade as the specification writes them: the HTTP status (404, 403 or 400), and a list
 * of {@code code} and {@code description} in the format of the path, descriptions in the caller's language. It
 * outranks the system module's problem details, which apply to the JSON API under {@code /api}.
 */
@ControllerAdvice(assignableTypes = Open311Endpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	static final String GENERAL = "error.open311.general";
	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final MessageSource messages;

	Open311Errors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	void refused(Open311Failure failure, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		if (failure.retryAfterSeconds() > 0) {
			response.setHeader("Retry-After", Long.toString(failure.retryAfterSeconds()));
		}
		write(request, response, failure.status(), failure.reasons(), locale);
	}

	/** A rule of the feedback module, not already translated into an Open311 reason by the facade. */
	@ExceptionHandler
	void rule(BusinessException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		List<Reason> reasons = new ArrayList<>();
		for (BusinessException error : e.errors()) {
			reasons.add(reason(error));
		}
		write(request, response, new Open311Failure(reasons).status(), reasons, locale);
	}

	@ExceptionHandler
	void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		log.error("Open311 request {} {} failed", request.getMethod(), request.getRequestURI(), e);
		write(request, response, 400, List.of(Reason.badRequest(GENERAL)), locale);
	}

	/** 404 stays 404; flooding is HTTP 400 with the more specific code 429 in the body; everything else is 400. */
	static Reason reason(BusinessException error) {
		if (error.status() == HttpStatus.NOT_FOUND) {
			return new Reason(404, 404, error.messageKey(), error.args());
		}
		if (error.status() == HttpStatus.TOO_MANY_REQUESTS) {
			return new Reason(400, 429, error.messageKey(), error.args());
		}
		return new Reason(400, 400, error.messageKey(), error.args());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, List<Reason> reasons,
			Locale locale) throws IOException {
		if (response.isCommitted()) {
			log.warn("Open311 answer to {} already started; the error could not be written", request.getRequestURI());
			return;
		}
		response.resetBuffer();
		try (Open311Output out = Format.ofPath(request.getRequestURI()).open(response, status)) {
			out.startList("errors", "error");
			for (Reason reason : reasons) {
				out.startItem();
				out.integer("code", reason.code());
				out.string("description", messages.getMessage(reason.messageCode(), reason.args(),
						reason.messageCode(), locale));
				out.endItem();
			}
			out.endList();
		}
	}
}
