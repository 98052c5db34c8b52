package vn.gov.cantho.egov.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: a stable {@code code} for programs, a translated {@code title} and
 * {@code detail} for people, and the failing {@code field} (or a list of {@code errors}, one per field).
 */
@Component
class ProblemDetails {

	static final String TYPE_BASE = "https://egov.cantho.gov.vn/problems/";

	private final MessageSource messages;

	ProblemDetails(MessageSource messages) {
		this.messages = messages;
	}

	ProblemDetail problem(HttpStatusCode status, String code, String field, Object[] args, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(messages.getMessage("error." + code, args, code, locale));
		problem.setDetail(field == null ? problem.getTitle()
				: messages.getMessage("error.field", new Object[] { field, problem.getTitle() }, locale));
		problem.setProperty("code", code);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	ProblemDetail problem(HttpStatusCode status, String code, List<FieldProblem> errors, Locale locale) {
		ProblemDetail problem = problem(status, code, errors.size() == 1 ? errors.get(0).field() : null, null,
				locale);
		return listErrors(problem, errors);
	}

	/** Adds one entry per failing field, so a client can show every error next to its field at once. */
	ProblemDetail listErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors", errors.stream()
			.map(e -> Map.of("field", e.field(), "code", e.code(), "message", e.message()))
			.toList());
		return problem;
	}

	String message(String code, Object[] args, Locale locale) {
		return messages.getMessage("error." + code, args, code, locale);
	}

	record FieldProblem(String field, String code, String message) {
	}
}
