package vn.gov.cantho.egov.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.system.ProblemDetails.FieldProblem;

/** Turns every error a JSON endpoint can raise into a problem detail with a stable code; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private final ProblemDetails problems;

	ApiProblemAdvice(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail business(BusinessException e, Locale locale, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(e.status(), e.code(), e.field(), e.args(), locale);
		if (e.errors().size() > 1) {
			problems.listErrors(problem, e.errors()
				.stream()
				.map(error -> new FieldProblem(String.valueOf(error.field()), error.code(),
						problems.message(error.code(), error.args(), locale)))
				.toList());
		}
		return at(request, problem);
	}

	@ExceptionHandler
	ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale, HttpServletRequest request) {
		List<FieldProblem> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> new FieldProblem(f.getField(), "invalid-value",
					problems.message("invalid-value", null, locale) + ": " + f.getDefaultMessage()))
			.toList();
		return at(request, problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", errors, locale));
	}

	@ExceptionHandler
	ProblemDetail invalidParameters(HandlerMethodValidationException e, Locale locale, HttpServletRequest request) {
		List<FieldProblem> errors = e.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), "invalid-value",
						String.valueOf(err.getDefaultMessage()))))
			.toList();
		return at(request, problems.problem(HttpStatus.BAD_REQUEST, "validation-failed", errors, locale));
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail wrongType(MethodArgumentTypeMismatchException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", e.getName(),
				new Object[] { e.getName() }, locale));
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.BAD_REQUEST, "missing-parameter", e.getParameterName(),
				new Object[] { e.getParameterName() }, locale));
	}

	@ExceptionHandler
	ProblemDetail missingHeader(MissingRequestHeaderException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.BAD_REQUEST, "missing-header", e.getHeaderName(),
				new Object[] { e.getHeaderName() }, locale));
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.FORBIDDEN, "forbidden", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail duplicate(DuplicateKeyException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.CONFLICT, "duplicate", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.CONFLICT, "concurrent-change", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail noSuchPath(NoResourceFoundException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.NOT_FOUND, "not-found", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail method(HttpRequestMethodNotSupportedException e, Locale locale, HttpServletRequest request) {
		return at(request, problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null, null, locale));
	}

	@ExceptionHandler
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale, HttpServletRequest request) {
		return at(request,
				problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", null, null, locale));
	}

	private static ProblemDetail at(HttpServletRequest request, ProblemDetail problem) {
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return problem;
	}
}
