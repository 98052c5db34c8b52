package vn.gov.cantho.egov.feedback;

import java.time.Instant;
import java.util.List;

/**
 * What the reporter sees when following an item by its number and phone: the public view, what they may still do
 * ({@code REOPEN} until {@code reopenUntil}, {@code RATE}) and whether their name was removed.
 */
public record FollowedFeedback(PublicFeedback item, List<FeedbackAction> reporterActions, Instant reopenUntil,
		Integer rating, boolean nameRemoved) {
}
