package vn.gov.cantho.egov.feedback.open311;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.gov.cantho.egov.feedback.FeedbackState;

/**
 * What GET /requests asks for, checked. Either {@code numbers} (service_request_id, which overrides every other
 * filter) or a period of at most 90 days ({@code from} and {@code to} both included) with optional service codes and
 * states; {@code limit} and {@code offset} come from the pagination extension (one page of 1,000 by default).
 */
record RequestFilter(List<String> numbers, List<String> serviceCodes, Instant from, Instant to,
		Set<FeedbackState> states, int limit, int offset, boolean extensions) {

	static final int MAX_ROWS = 1000;

	boolean byNumbers() {
		return !numbers.isEmpty();
	}
}
