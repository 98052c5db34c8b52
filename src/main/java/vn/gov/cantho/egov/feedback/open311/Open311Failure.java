package vn.gov.cantho.egov.feedback.open311;

import java.util.Comparator;
import java.util.List;

/**
 * A request GeoReport v2 refuses, with every reason found at once. The HTTP status follows the specification: 403 for
 * a missing or bad api_key, 404 for a resource that does not exist (jurisdiction, service, token, request), 400 for
 * anything else; when reasons of several kinds come together the first of that order gives the status. Reasons are
 * message codes ({@code error.open311.*} and others), translated only when the answer is written.
 */
final class Open311Failure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Reason> reasons;
	private final long retryAfterSeconds;

	Open311Failure(List<Reason> reasons) {
		this(reasons, 0);
	}

	/** With {@code retryAfterSeconds} above 0, the client is told when to try again (flood control). */
	Open311Failure(List<Reason> reasons, long retryAfterSeconds) {
		super(reasons.isEmpty() ? "no reason" : reasons.get(0).messageCode());
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a failure needs a reason");
		}
		this.reasons = List.copyOf(reasons);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	static Open311Failure of(Reason reason) {
		return new Open311Failure(List.of(reason));
	}

	List<Reason> reasons() {
		return reasons;
	}

	int status() {
		return reasons.stream().map(Reason::status).min(Comparator.comparingInt(Open311Failure::rank)).orElse(400);
	}

	private static int rank(int status) {
		return switch (status) {
			case 403 -> 0;
			case 404 -> 1;
			default -> 2;
		};
	}

	/**
	 * One reason: the HTTP status it calls for, the code written in the body (more specific where useful, such as 429
	 * for flooding, which is still answered with HTTP 400), and the message with its arguments.
	 */
	record Reason(int status, int code, String messageCode, Object... args) {

		static Reason badRequest(String messageCode, Object... args) {
			return new Reason(400, 400, messageCode, args);
		}

		static Reason notFound(String messageCode, Object... args) {
			return new Reason(404, 404, messageCode, args);
		}

		static Reason forbidden(String messageCode) {
			return new Reason(403, 403, messageCode);
		}
	}
}
