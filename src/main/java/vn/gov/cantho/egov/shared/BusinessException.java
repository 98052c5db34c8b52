package vn.gov.cantho.egov.shared;

import java.util.Arrays;

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

	protected BusinessException(HttpStatus status, String code, String field, Object... args) {
		super(code + (field == null ? "" : " (" + field + ")"));
		this.code = code;
		this.status = status;
		this.field = field;
		this.args = args == null ? new Object[0] : args.clone();
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

	/** Key of the translated message in the bundles. */
	public String messageKey() {
		return "error." + code;
	}
}
