package vn.gov.cantho.egov.feedback.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSummary;
import vn.gov.cantho.egov.feedback.FollowedFeedback;
import vn.gov.cantho.egov.feedback.PublicFeedback;
import vn.gov.cantho.egov.feedback.PublicFeedbackPage;
import vn.gov.cantho.egov.feedback.PublicQuery;

/**
 * The public side: answered items the reporters let be published (never who reported them), approved photos, and
 * the reporter's own follow-up by number plus phone (in the body, never in a URL): reopen, rate, remove the name.
 */
@RestController
@Tag(name = "Feedback public", description = "Phản ánh đã trả lời công khai; theo dõi phản ánh bằng số và điện thoại")
class FeedbackPublicApi {

	private final FeedbackManagement feedback;

	FeedbackPublicApi(FeedbackManagement feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/api/v1/feedback/public")
	@Operation(summary = "Answered public items, newest answer first",
			description = "q is matched accent-insensitively; unit is an area (a ward or any unit above it). The "
					+ "total is capped for very broad searches (totalCapped).")
	PublicFeedbackPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return feedback.searchPublic(new PublicQuery(q, field, unit, page, size));
	}

	@GetMapping("/api/v1/feedback/public/{number}")
	@Operation(summary = "An answered public item with its public notes and approved photos")
	PublicFeedback item(@Parameter(example = "PA-261127-0001") @PathVariable String number) {
		return feedback.publicItem(number);
	}

	@GetMapping("/api/v1/feedback/{number}/photos/{photoId}")
	@Operation(summary = "A photo's bytes",
			description = "Approved photos of public answered items for anyone; every photo for staff in scope and "
					+ "for the account that filed the item; otherwise 404.")
	ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable String photoId) {
		FeedbackManagement.StoredPhoto photo = feedback.photo(number, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(photo.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(photo.content());
	}

	@PostMapping("/api/v1/feedback/{number}/follow")
	@Operation(summary = "Follow an item by its number and the reporter's phone",
			description = "404 feedback.not-found both for an unknown number and for a phone that does not match.")
	FollowedFeedback follow(@PathVariable String number, @RequestBody PhoneRequest request) {
		return feedback.follow(number, request == null ? null : request.phone());
	}

	@PostMapping("/api/v1/feedback/{number}/reporter-actions/{action}")
	@Operation(summary = "The reporter reopens (reopen, with a reason, within the reopen window) or rates (rate, "
			+ "1 to 5 stars) an answered item")
	FollowedFeedback reporterAct(@PathVariable String number, @PathVariable String action,
			@RequestBody ReporterActionRequest request) {
		ReporterActionRequest body = request == null ? new ReporterActionRequest(null, null, null) : request;
		return feedback.reporterAct(number, body.phone(), FeedbackAction.fromSlug(action), body.input());
	}

	@PostMapping("/api/v1/feedback/{number}/remove-name")
	@Operation(summary = "The reporter has the name erased from the item (contact kept for the reply)")
	FollowedFeedback removeName(@PathVariable String number, @RequestBody(required = false) PhoneRequest request) {
		return feedback.removeReporterName(number, request == null ? null : request.phone());
	}

	@GetMapping("/api/v1/me/feedback")
	@Operation(summary = "The logged-in reporter's own items, newest first")
	List<FeedbackSummary> mine() {
		return feedback.mine();
	}
}
