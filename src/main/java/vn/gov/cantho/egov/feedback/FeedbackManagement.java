package vn.gov.cantho.egov.feedback;

import java.util.List;

/**
 * The feedback module's operations, for pages, the JSON API, Open311 and the messaging webhooks alike. Every method
 * checks the caller: coordinators (FEEDBACK_COORDINATE) see every item; agency officials (FEEDBACK_HANDLE) only items
 * of the agencies in their scope (404 otherwise, so numbers cannot be probed); reporters act by account or by number
 * plus phone. Errors are {@code BusinessException}s with stable codes ({@code feedback.*}), every broken rule at once.
 */
public interface FeedbackManagement {

	/**
	 * Stores a photo for a later submission: checked by content (JPEG or PNG that decodes), at most 5 MB. Owned by the
	 * logged-in account, or by {@code uploadKey} for anonymous visitors (a random key the form keeps).
	 */
	PhotoView uploadPhoto(String filename, byte[] content, String uploadKey);

	/**
	 * Files a new item. WEB, MOBILE_APP and OPEN311 are open to anyone (logged in or not); HOTLINE and IN_PERSON need
	 * FEEDBACK_INTAKE; ZALO and FACEBOOK arrive through {@link #receiveMessage}. The same {@code idempotencyKey} from
	 * the same submitter returns the first item. Flooding from one phone or client address is refused with 429
	 * {@code feedback.too-many}. The item gets its number, its default agency suggestion and its deadline.
	 */
	FeedbackView submit(FeedbackSubmission submission, String idempotencyKey, String uploadKey);

	/** Every rule {@code submission} breaks, without storing anything (field names as in the API). */
	List<vn.gov.cantho.egov.shared.BusinessException> problems(FeedbackSubmission submission);

	/** Items that may report the same problem as a draft being filed (open items only, best first, at most 5). */
	List<DuplicateCandidate> similar(FeedbackSubmission draft);

	/** Items that may report the same problem as {@code number}, for triage (staff only). */
	List<DuplicateCandidate> similarTo(String number);

	/** An item with the reporter's contact, for staff in scope. Reading it is audited. */
	FeedbackView item(String number);

	/** Performs a staff action if the transition table allows it in the item's state for the caller. */
	FeedbackView act(String number, FeedbackAction action, ActionInput input);

	/** A staff work queue, most urgent first (overdue, then by deadline). */
	FeedbackPage queue(FeedbackQuery query);

	/** A caller's earlier items by phone, newest first (hotline console; FEEDBACK_INTAKE). */
	List<FeedbackSummary> callerHistory(String phone);

	/** Staff approve (or withdraw approval of) a photo for publication. */
	void approvePhoto(String number, String photoId, boolean approved);

	/** A photo's bytes: anyone for approved photos of public items; staff in scope and the reporter for all. */
	StoredPhoto photo(String number, String photoId);

	/** An answered public item, or 404 {@code feedback.not-found}. */
	PublicFeedback publicItem(String number);

	/** The public page: answered public items. */
	PublicFeedbackPage searchPublic(PublicQuery query);

	/** The reporter follows an item: 404 {@code feedback.not-found} both for an unknown number and a wrong phone. */
	FollowedFeedback follow(String number, String phone);

	/** The logged-in reporter's own items, newest first. */
	List<FeedbackSummary> mine();

	/**
	 * REOPEN (with a reason) or RATE (stars, optional comment) by the reporter, proven by the phone given at filing,
	 * or by being the logged-in account that filed it ({@code phone} may then be null).
	 */
	FollowedFeedback reporterAct(String number, String phone, FeedbackAction action, ActionInput input);

	/** The reporter asks for their name to be removed from the item; it is erased, the contact kept for replies. */
	FollowedFeedback removeReporterName(String number, String phone);

	/**
	 * A message from a Zalo or Facebook sender, already verified by the webhook: appended to the sender's open item on
	 * that channel, or filed as a new unclassified item. Platform retries of the same {@code messageId} add nothing.
	 */
	ConversationMessage receiveMessage(InboundMessage message);

	/** The content of a photo with its media type decided from its bytes. */
	record StoredPhoto(String filename, String mediaType, byte[] content) {
	}
}
