package vn.gov.cantho.egov.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A broken business rule or bad input. The stable {@link #code()} is what API clients and tests match on; the
 * page or problem detail shows the message {@code error.<code>} from the message bundles, in the user's language.
 */
public class BusinessException extends RuntimeException {

	private final String code;
	private final HttpStatus status;
	private final String field;
	private final transient Object[] args;
	private final transient List<BusinessException> errors;

	protected BusinessException(HttpStatus status, String code, String field, Object... args) {
		super(code + (field == null ? "" : " (" + field + ")"));
		this.code = code;
		this.status = status;
		this.field = field;
		this.args = args == null ? new Object[0] : args.clone();
		this.errors = List.of();
	}

	private BusinessException(BusinessException first, List<BusinessException> all) {
		super(first.getMessage());
		this.code = first.code;
		this.status = first.status;
		this.field = first.field;
		this.args = first.args;
		this.errors = List.copyOf(all);
	}

	/**
	 * Several broken rules at once (a form with more than one bad field), so a person or an app can fix them all in
	 * one go. The first one gives the status, code and field; {@link #errors()} lists all of them.
	 */
	public static BusinessException allOf(List<BusinessException> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("no errors to report");
		}
		return errors.size() == 1 ? errors.get(0) : new BusinessException(errors.get(0), errors);
	}

	/** 404: the thing named by a public reference does not exist (or is not visible to the caller). */
	public static BusinessException notFound(String code, String field, Object... args) {
		return new BusinessException(HttpStatus.NOT_FOUND, code, field, args);
	}

	/** 409: the request clashes with what exists (duplicate username, state already changed). */
	public static BusinessException conflict(String code, String field, Object... args) {
		return new BusinessException(HttpStatus.CONFLICT, code, field, args);
	}

	/** 422: well-formed input that breaks a rule (invalid ID number, weak password). */
	public static BusinessException invalid(String code, String field, Object... args) {
		return new BusinessException(HttpStatus.UNPROCESSABLE_CONTENT, code, field, args);
	}

	/** 400: malformed input (a date in the wrong format, an unknown parameter value). */
	public static BusinessException badRequest(String code, String field, Object... args) {
		return new BusinessException(HttpStatus.BAD_REQUEST, code, field, args);
	}

	/** 403: the caller is authenticated but may not act on this record (another agency's work). */
	public static BusinessException forbidden(String code, Object... args) {
		return new BusinessException(HttpStatus.FORBIDDEN, code, null, args);
	}

	public String code() {
		return code;
	}

	public HttpStatus status() {
		return status;
	}

	/** The request field that failed, or {@code null} when the error is not about one field. */
	public String field() {
		return field;
	}

	public Object[] args() {
		return Arrays.copyOf(args, args.length);
	}

	/** Every broken rule this exception reports: itself, or all of those given to {@link #allOf}. */
	public List<BusinessException> errors() {
		return errors.isEmpty() ? List.of(this) : errors;
	}

	/** Key of the translated message in the bundles. */
	public String messageKey() {
		return "error." + code;
	}
}
