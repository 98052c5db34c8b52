package vn.gov.cantho.egov.health.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.gov.cantho.egov.health.CheckInSource;

/**
 * The body of {@code POST /api/v1/health/check-ins}: either one check-in (venueCode, personCode, times, source) or a
 * device batch (deviceId and checkIns), told apart by the presence of {@code checkIns}.
 */
@Schema(description = "One check-in, or a device batch when checkIns is present")
record CheckInRequest(
		@Schema(description = "The scanned venue QR: the URL or the bare token V1.<code>.<version>.<sig>") String venueCode,
		@Schema(description = "The scanned personal code P1...; omitted for a self scan (the caller is the person)") String personCode,
		@Schema(description = "When the person arrived (ISO-8601); default now") Instant checkedInAt,
		@Schema(description = "When the person left, if known") Instant checkedOutAt,
		@Schema(description = "SELF_SCAN, STAFF_SCAN, STAFF_ID_NUMBER; default SELF_SCAN without personCode, STAFF_SCAN with it") CheckInSource source,
		@Schema(description = "A single check-in's own id on its device (with deviceId), making a repeat idempotent") String id,
		@Schema(description = "The scanner device's id (batch: required)") String deviceId,
		@Schema(description = "Batch: the device's check-ins, at most 10,000") List<BatchRow> checkIns) {

	/** One row of a device batch; {@code id} is the device's own id of the check-in (required). */
	record BatchRow(String id, String venueCode, String personCode, Instant checkedInAt, Instant checkedOutAt) {
	}
}
