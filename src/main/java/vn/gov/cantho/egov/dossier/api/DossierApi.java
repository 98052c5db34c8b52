package vn.gov.cantho.egov.dossier.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.DossierPage;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.QueueQuery;

/**
 * Dossiers for apps: submit (with an idempotency key), register at the counter, read, list, act, rate. Each call is
 * checked per dossier by the module: others' dossiers are 404, actions the caller's role may not take 403, actions
 * the state does not allow 409 {@code dossier.action-not-allowed}.
 */
@RestController
@Tag(name = "Dossiers", description = "Hồ sơ thủ tục hành chính: nộp, tiếp nhận, xử lý, trả kết quả, đánh giá")
class DossierApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final DossierManagement dossiers;

	DossierApi(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@PostMapping("/api/v1/dossiers")
	@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
	@Operation(summary = "Submit a dossier online",
			description = "Every broken rule is reported at once (errors[], fields such as formValues.KEY or "
					+ "documents.CODE). A retry with the same Idempotency-Key returns the dossier created first.")
	ResponseEntity<DossierView> submit(
			@Parameter(description = "A unique value per application, reused when the request is retried")
			@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody ApplicationRequest request, Locale locale) {
		DossierView view = dossiers.submit(request.application(locale), idempotencyKey);
		return ResponseEntity.created(location(view)).body(view);
	}

	@PostMapping("/api/v1/dossiers/counter")
	@PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
	@Operation(summary = "Register a dossier handed in at the counter or received by post",
			description = "By a reception officer of the handling agency, on the applicant's behalf; the dossier is "
					+ "received at once and gets its appointment. Files are optional (paper dossier).")
	ResponseEntity<DossierView> register(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody ApplicationRequest request, Locale locale) {
		DossierView view = dossiers.register(request.application(locale), request.channel(), idempotencyKey);
		return ResponseEntity.created(location(view)).body(view);
	}

	@GetMapping("/api/v1/dossiers/{code}")
	@PreAuthorize("hasAnyAuthority('DOSSIER_SUBMIT', 'DOSSIER_VIEW_AGENCY')")
	@Operation(summary = "A dossier with its files, history and the actions the caller may take now")
	DossierView dossier(@PathVariable String code) {
		return dossiers.dossier(code);
	}

	@GetMapping("/api/v1/dossiers/{code}/files/{id}")
	@PreAuthorize("hasAnyAuthority('DOSSIER_SUBMIT', 'DOSSIER_VIEW_AGENCY')")
	@Operation(summary = "Download a file of the dossier")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String id) {
		DossierManagement.StoredFile file = dossiers.attachment(code, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/api/v1/me/dossiers")
	@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
	@Operation(summary = "The caller's own dossiers, newest first")
	DossierPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return dossiers.mine(page, size);
	}

	@GetMapping("/api/v1/dossiers")
	@PreAuthorize("hasAuthority('DOSSIER_VIEW_AGENCY')")
	@Operation(summary = "Work queue of the agencies in the caller's scope",
			description = "Open dossiers by default, sorted by appointment (not yet received first).")
	DossierPage queue(@Parameter(description = "States to list; none: every open state")
	@RequestParam(required = false) Set<DossierState> state,
			@RequestParam(defaultValue = "false") boolean assignedToMe,
			@RequestParam(defaultValue = "false") boolean overdue,
			@Parameter(description = "One agency in the caller's scope") @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return dossiers.queue(new QueueQuery(state, assignedToMe, overdue, agency, page, size));
	}

	@PostMapping("/api/v1/dossiers/{code}/actions/{action}")
	@PreAuthorize("hasAnyAuthority('DOSSIER_SUBMIT', 'DOSSIER_RECEIVE', 'DOSSIER_PROCESS', 'DOSSIER_APPROVE', "
			+ "'DOSSIER_RETURN', 'DOSSIER_APOLOGISE')")
	@Operation(summary = "Take a workflow action",
			description = "ACTION is one of receive, refuse, assign, request-supplement, submit-supplement, propose, "
					+ "approve, send-back, request-fees, confirm-fees, stop, withdraw, return-at-counter, "
					+ "send-by-post, apologise. The body carries what the action needs: comment, assignee, outcome, "
					+ "newDueDate, trackingNumber, documents.")
	DossierView act(@PathVariable String code,
			@Parameter(example = "request-supplement") @PathVariable String action,
			@RequestBody(required = false) ActionRequest request) {
		return dossiers.act(code, DossierAction.fromSlug(action), request == null ? ActionRequest.none() : request);
	}

	@PostMapping("/api/v1/dossiers/{code}/rating")
	@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
	@Operation(summary = "Rate the service of a returned dossier once, 1 to 5 stars")
	DossierView rate(@PathVariable String code, @RequestBody RatingRequest request) {
		return dossiers.rate(code, request.stars() == null ? 0 : request.stars(), request.comment());
	}

	/** Stars from 1 to 5 and an optional comment. */
	record RatingRequest(Integer stars, String comment) {
	}

	private static URI location(DossierView view) {
		return URI.create("/api/v1/dossiers/" + view.code());
	}
}
