package vn.gov.cantho.egov.feedback.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Staff actions on one item, each posted to its own address from its own small form on the item page, and the
 * approval of photos for publication. Each comes back to the item with what happened; refusals are listed in the
 * error summary, linked to the input concerned. Whether the action is allowed, for whom and in which state, is the
 * feedback module's transition table.
 */
@Controller
@RequestMapping("/1022/phan-anh/{number}")
@PreAuthorize("hasAnyAuthority('FEEDBACK_COORDINATE', 'FEEDBACK_HANDLE')")
class FeedbackStaffActions {

	/** The actions staff take from the item page; reopening and rating are the reporter's, the rest the system's. */
	static final List<FeedbackAction> STAFF = List.of(FeedbackAction.CLASSIFY, FeedbackAction.ASSIGN,
			FeedbackAction.TRANSFER, FeedbackAction.REASSIGN, FeedbackAction.RETURN_TO_COORDINATOR,
			FeedbackAction.MERGE, FeedbackAction.REJECT, FeedbackAction.RESOLVE);

	private final FeedbackManagement feedback;
	private final FeedbackOutcomes outcomes;

	FeedbackStaffActions(FeedbackManagement feedback, FeedbackOutcomes outcomes) {
		this.feedback = feedback;
		this.outcomes = outcomes;
	}

	@PostMapping("/{action}")
	String act(@PathVariable String number, @PathVariable("action") String slug,
			@ModelAttribute StaffActionForm form, Locale locale, RedirectAttributes redirect) {
		FeedbackAction action = STAFF.stream()
			.filter(a -> a.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> BusinessException.notFound("not-found", "action"));
		ActionInput input = new ActionInput(FormInputs.trimmed(form.getAgencyCode()),
				FormInputs.trimmed(form.getFieldCode()), FormInputs.trimmed(form.getHandler()),
				FormInputs.trimmed(form.getComment()), reason(form.getRejectReason()),
				form.target(), null);
		try {
			feedback.act(number, action, input);
			outcomes.done(redirect, "feedback.web.done", locale,
					outcomes.text("feedback.action." + action.name(), locale));
		}
		catch (BusinessException e) {
			outcomes.failed(redirect, slug, e, locale);
		}
		return "redirect:/1022/phan-anh/{number}";
	}

	/** Approves a photo for the public page, or withdraws the approval. */
	@PostMapping("/anh/{photoId}")
	String approvePhoto(@PathVariable String number, @PathVariable String photoId,
			@RequestParam(defaultValue = "true") boolean approved, Locale locale, RedirectAttributes redirect) {
		try {
			feedback.approvePhoto(number, photoId, approved);
			outcomes.done(redirect, approved ? "feedback.web.photo.approved" : "feedback.web.photo.withdrawn", locale);
		}
		catch (BusinessException e) {
			outcomes.failed(redirect, "photo-" + photoId, e, locale);
		}
		return "redirect:/1022/phan-anh/{number}";
	}

	private static RejectReason reason(String name) {
		return Arrays.stream(RejectReason.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}
}
