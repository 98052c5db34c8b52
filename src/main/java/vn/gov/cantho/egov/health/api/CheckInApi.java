package vn.gov.cantho.egov.health.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cantho.egov.health.BatchReceipt;
import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.IntakeBusy;
import vn.gov.cantho.egov.health.domain.BatchTooLarge;
import vn.gov.cantho.egov.health.domain.IntakeProperties;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Check-ins: one at a time (a citizen's self scan, a checkpoint's scan) or a scanner device's batch, on one URL.
 * A 201 means the check-in is committed. Repeats add nothing: a device's check-in id (batch rows, or id with
 * deviceId) or an Idempotency-Key names the check-in, and the same name is always the same check-in.
 */
@RestController
@Tag(name = "Health check-ins", description = "Khai báo di chuyển: quét mã địa điểm, quét mã cá nhân, tải lô từ thiết bị")
class CheckInApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";
	static final long MAX_BODY = 8L * 1024 * 1024;

	private final CheckIns checkIns;
	private final Callers callers;
	private final MessageSource messages;
	private final JsonMapper json;
	private final IntakeProperties properties;

	CheckInApi(CheckIns checkIns, Callers callers, MessageSource messages, JsonMapper json,
			IntakeProperties properties) {
		this.checkIns = checkIns;
		this.callers = callers;
		this.messages = messages;
		this.json = json;
		this.properties = properties;
	}

	// No @PreAuthorize on the busiest endpoint: the URL rule (HealthIntakeApiAccessRules) demands the same two
	// permissions, and the service checks which one the kind of check-in needs; evaluating the expression a third time
	// cost 4 % of a check-in's CPU.
	@PostMapping(path = "/api/v1/health/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record one check-in, or a device batch",
			description = "One check-in: 201 with the receipt once committed (200 and duplicate=true when the same "
					+ "check-in was recorded before). Refused: 422 health.code-forged / health.code-expired / "
					+ "health.code-unknown (field venueCode or personCode), health.check-in-future, "
					+ "health.check-in-too-old, health.check-out-before-check-in; 503 health.busy with Retry-After "
					+ "when the node is saturated (nothing stored: retry with the same Idempotency-Key). "
					+ "Batch (checkIns present, HEALTH_CHECK_IN_STAFF): 200 with accepted, duplicates and each refused "
					+ "row (index, id, code, field, message); the good rows are stored. More than 10,000 rows: 413 "
					+ "health.batch-too-large, nothing stored.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CheckInRequest.class)))
	ResponseEntity<?> record(
			@Parameter(description = "A unique value per check-in, reused when the request is retried")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			HttpServletRequest http, Locale locale, HttpServletResponse response) throws IOException {
		Actor actor = callers.actor();
		CheckInRequest request = read(http);
		try {
			if (request.checkIns() != null) {
				return ResponseEntity.ok(batch(actor, request, locale));
			}
			String ownId = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : request.id();
			CheckInReceipt receipt = checkIns.record(actor, new CheckInCommand(request.venueCode(),
					request.personCode(), request.checkedInAt(), request.checkedOutAt(), request.source(),
					request.deviceId(), ownId));
			return receipt.duplicate() ? ResponseEntity.ok(receipt)
					: ResponseEntity.created(URI.create("/api/v1/health/check-ins/" + receipt.id())).body(receipt);
		}
		catch (IntakeBusy e) {
			// Headers set before the error survive its rendering as a problem detail.
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
			throw e;
		}
	}

	@PostMapping("/api/v1/health/check-ins/{id}/check-out")
	@PreAuthorize("hasAnyAuthority('HEALTH_DECLARE', 'HEALTH_CHECK_IN_STAFF')")
	@Operation(summary = "Record the check-out of a check-in",
			description = "The person's own check-in (HEALTH_DECLARE) or anyone's (HEALTH_CHECK_IN_STAFF), found by "
					+ "id and checkedInAt as the receipt gave them; checkedOutAt defaults to now. 404 "
					+ "health.check-in-not-found; 409 health.already-checked-out for a different time; 422 "
					+ "health.check-out-before-check-in.")
	CheckInReceipt checkOut(@PathVariable UUID id, @RequestBody CheckOutRequest request) {
		return checkIns.checkOut(callers.actor(), id, request.checkedInAt(), request.checkedOutAt());
	}

	/**
	 * The body, read by the bounded stream: 10,000 rows take about 3 MB, so more than {@link #MAX_BODY} is refused as
	 * an oversized batch before it is parsed whole.
	 */
	private CheckInRequest read(HttpServletRequest http) throws IOException {
		if (http.getContentLengthLong() > MAX_BODY) {
			throw new BatchTooLarge(properties.batchMaxRows());
		}
		try (InputStream in = new BoundedBody(http.getInputStream(), MAX_BODY)) {
			CheckInRequest request = json.readValue(in, CheckInRequest.class);
			if (request == null) {
				throw BusinessException.badRequest("malformed-request", null);
			}
			return request;
		}
		catch (JacksonException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof BoundedBody.TooLarge) {
					throw new BatchTooLarge(properties.batchMaxRows());
				}
			}
			throw BusinessException.badRequest("malformed-request", null);
		}
	}

	private BatchResponse batch(Actor actor, CheckInRequest request, Locale locale) {
		List<CheckInRequest.BatchRow> rows = request.checkIns();
		List<CheckInCommand> commands = rows.stream()
			.map(r -> r == null ? null : new CheckInCommand(r.venueCode(), r.personCode(), r.checkedInAt(),
					r.checkedOutAt(), CheckInSource.DEVICE_BATCH, request.deviceId(), r.id()))
			.toList();
		BatchReceipt receipt = checkIns.recordBatch(actor, request.deviceId(), commands);
		return new BatchResponse(receipt.accepted(), receipt.duplicates(), receipt.refused()
			.stream()
			.map(e -> new BatchResponse.RowProblem(e.index(),
					rows.get(e.index()) == null ? null : rows.get(e.index()).id(), e.code(), e.field(),
					messages.getMessage("error." + e.code(), null, e.code(), locale)))
			.toList());
	}

	record CheckOutRequest(java.time.Instant checkedInAt, java.time.Instant checkedOutAt) {
	}

	/** What became of a device batch; every refused row with its position, the device's id and why. */
	record BatchResponse(int accepted, int duplicates, List<RowProblem> refused) {

		record RowProblem(int index, String id, String code, String field, String message) {
		}
	}
}
