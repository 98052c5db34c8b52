package vn.gov.cantho.egov.feedback.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.DuplicateCandidate;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackPage;
import vn.gov.cantho.egov.feedback.FeedbackQuery;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSummary;
import vn.gov.cantho.egov.feedback.FeedbackView;

/**
 * Feedback for the 1022 coordinators and agency officials: work queue, an item with the reporter's contact, the
 * workflow's actions, duplicates for triage, photo approval, a caller's earlier items. Officials of other agencies get
 * 404 {@code feedback.not-found}; actions the role may not take 403; actions the state does not allow 409
 * {@code feedback.action-not-allowed}; a change that lost a race with another 409 {@code concurrent-change}.
 */
@RestController
@Tag(name = "Feedback handling", description = "Xử lý phản ánh: hàng đợi, phân loại, chuyển, trả lời, gộp, duyệt ảnh")
class FeedbackStaffApi {

	private final FeedbackManagement feedback;

	FeedbackStaffApi(FeedbackManagement feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/api/v1/feedback")
	@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
	@Operation(summary = "Work queue, most urgent deadline first",
			description = "Open items by default. Officials see the routed items of the agencies in their scope.")
	FeedbackPage queue(@RequestParam(required = false) FeedbackState state,
			@RequestParam(required = false) String field, @RequestParam(required = false) String agency,
			@RequestParam(required = false) FeedbackChannel channel,
			@Parameter(description = "Only items handled by the caller") @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean overdue,
			@Parameter(description = "Words searched accent-insensitively") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return feedback.queue(new FeedbackQuery(state, field, agency, channel, mine, overdue, q, page, size));
	}

	@GetMapping("/api/v1/feedback/{number}")
	@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
	@Operation(summary = "An item with the reporter's contact, history, photos and the caller's available actions",
			description = "Reading it is audited.")
	FeedbackView item(@Parameter(example = "PA-261127-0001") @PathVariable String number) {
		return feedback.item(number);
	}

	@PostMapping("/api/v1/feedback/{number}/actions/{action}")
	@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
	@Operation(summary = "Take a workflow action",
			description = "ACTION is one of classify, assign, transfer, return-to-coordinator, reassign, reject, merge, "
					+ "resolve. The body carries what it needs: fieldCode, agencyCode, handler, comment (the reason or "
					+ "the answer), rejectReason (SPAM or OUT_OF_SCOPE), targetNumber.")
	FeedbackView act(@PathVariable String number, @Parameter(example = "resolve") @PathVariable String action,
			@RequestBody(required = false) ActionInput input) {
		return feedback.act(number, FeedbackAction.fromSlug(action), input);
	}

	@GetMapping("/api/v1/feedback/{number}/similar")
	@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
	@Operation(summary = "Items that may report the same problem, for triage and merging")
	List<DuplicateCandidate> similarTo(@PathVariable String number) {
		return feedback.similarTo(number);
	}

	@PutMapping("/api/v1/feedback/{number}/photos/{photoId}/approval")
	@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
	@Operation(summary = "Approve a photo for publication, or withdraw the approval")
	ResponseEntity<Void> approve(@PathVariable String number, @PathVariable String photoId,
			@RequestBody Approval approval) {
		feedback.approvePhoto(number, photoId, approval != null && Boolean.TRUE.equals(approval.approved()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/feedback/caller-history")
	@PreAuthorize("hasAuthority('FEEDBACK_INTAKE')")
	@Operation(summary = "A caller's earlier items by phone, newest first (hotline console)",
			description = "The phone goes in the body, never in a URL.")
	List<FeedbackSummary> callerHistory(@RequestBody PhoneRequest request) {
		return feedback.callerHistory(request == null ? null : request.phone());
	}

	/** Whether the photo may be shown publicly. */
	record Approval(Boolean approved) {
	}
}
