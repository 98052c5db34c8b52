package vn.gov.cantho.egov.health.tracing.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A confirmed case to record: exactly one way of naming the person, the infectious window and why. */
@Schema(description = "Exactly one of personCode, personRef, idNumber.")
record CaseRequest(@Schema(description = "The personal code as scanned or typed (P1....)") String personCode,
		@Schema(description = "The person's public reference") String personRef,
		@Schema(description = "The ID number, for someone without a phone; never stored in clear") String idNumber,
		@Schema(example = "2027-03-01T00:00:00+07:00") Instant infectiousFrom,
		@Schema(example = "2027-03-10T18:00:00+07:00") Instant infectiousUntil,
		@Schema(description = "Why the case is recorded: kept with every tracing query", example = "Xét nghiệm PCR dương tính")
		String reason,
		@Schema(description = "The positive test, when there is one") String testCode) {
}
