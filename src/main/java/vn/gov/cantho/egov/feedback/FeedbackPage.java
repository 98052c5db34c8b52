package vn.gov.cantho.egov.feedback;

import java.util.List;

/** One page of a work queue. */
public record FeedbackPage(List<FeedbackSummary> items, int page, int size, long total) {
}
