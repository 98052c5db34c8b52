package vn.gov.cantho.egov.feedback.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.cantho.egov.feedback.DuplicateCandidate;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.FloodRefused;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.PhotoView;

/**
 * Filing feedback, open to anyone (the web form, the city's app) and to staff recording calls and visits: photos
 * first, then the item, with an idempotency key so a retried request files nothing twice. Flooding from one phone or
 * address answers 429 {@code feedback.too-many} with {@code Retry-After}.
 */
@RestController
@Tag(name = "Feedback intake", description = "Gửi phản ánh, kiến nghị (1022): ảnh, phản ánh mới, gợi ý trùng lặp, lĩnh vực")
class FeedbackApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";
	static final String UPLOAD_KEY = "X-Upload-Key";

	private final FeedbackManagement feedback;
	private final FeedbackFields fields;

	FeedbackApi(FeedbackManagement feedback, FeedbackFields fields) {
		this.feedback = feedback;
		this.fields = fields;
	}

	@PostMapping(path = "/api/v1/feedback/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a photo for an item",
			description = "JPEG or PNG, recognised and decoded from its content (feedback.photo-type), at most 5 MB "
					+ "(feedback.photo-too-large). Anonymous callers send X-Upload-Key, a random value they send again "
					+ "with the submission; the photo expires unless attached to an item.")
	ResponseEntity<PhotoView> upload(@RequestParam("file") MultipartFile file,
			@Parameter(description = "Anonymous callers: a random key kept until the item is filed")
			@RequestHeader(name = UPLOAD_KEY, required = false) String uploadKey) throws IOException {
		if (file.getSize() > 5L * 1024 * 1024) {
			throw vn.gov.cantho.egov.shared.BusinessException.invalid("feedback.photo-too-large", "file", 5);
		}
		PhotoView photo = feedback.uploadPhoto(file.getOriginalFilename(), file.getBytes(), uploadKey);
		return ResponseEntity.created(URI.create("/api/v1/feedback/photos/" + photo.id())).body(photo);
	}

	@PostMapping("/api/v1/feedback")
	@Operation(summary = "File an item",
			description = "Every broken rule is reported at once (errors[]: title, description, fieldCode, "
					+ "location.latitude, location.unitCode, reporter.phone, reporter.email, photoIds, attributes.CODE). "
					+ "A retry with the same Idempotency-Key returns the item filed first. 429 feedback.too-many with "
					+ "Retry-After when one phone or address files too many items in the window.")
	ResponseEntity<FeedbackView> submit(
			@Parameter(description = "A unique value per item, reused when the request is retried")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@RequestHeader(name = UPLOAD_KEY, required = false) String uploadKey,
			@RequestBody SubmissionRequest request, HttpServletRequest http, HttpServletResponse response) {
		FeedbackSubmission submission = request.submission(http.getRemoteAddr());
		try {
			FeedbackView view = feedback.submit(submission, idempotencyKey, uploadKey);
			return ResponseEntity.created(URI.create("/api/v1/feedback/" + view.number())).body(view);
		}
		catch (FloodRefused e) {
			// Headers set before the error survive its rendering as a problem detail.
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
			throw e;
		}
	}

	@GetMapping("/api/v1/feedback/similar")
	@Operation(summary = "Open items that may report the same problem as a draft",
			description = "Same field, filed in the last 30 days, within 300 m (or the same ward without a pin), with "
					+ "similar words; best first, at most 5. The public sees only items whose reporter allowed "
					+ "publication.")
	List<DuplicateCandidate> similar(@RequestParam(required = false) String fieldCode,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description) {
		return feedback.similar(new FeedbackSubmission(FeedbackChannel.WEB, title, description, fieldCode,
				new Location(latitude, longitude, null, unitCode), null, null, null, false, null));
	}

	@GetMapping("/api/v1/feedback/fields")
	@Operation(summary = "Fields that take feedback, with deadlines, default agencies and extra questions")
	List<FeedbackFieldView> fields() {
		return fields.fields();
	}
}
