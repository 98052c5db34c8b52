package vn.gov.cantho.egov.feedback;

import java.util.List;

/** One page of the public search. {@code total} may be capped for very broad searches ({@code totalCapped}). */
public record PublicFeedbackPage(List<PublicFeedback> items, int page, int size, long total, boolean totalCapped) {
}
