package vn.gov.cantho.egov.health.testing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.testing.Correction;
import vn.gov.cantho.egov.health.testing.LabResults;
import vn.gov.cantho.egov.health.testing.Registration;
import vn.gov.cantho.egov.health.testing.ResultEntry;
import vn.gov.cantho.egov.health.testing.Sampling;
import vn.gov.cantho.egov.health.testing.TestOutcome;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.health.testing.WalkIn;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * The site and laboratory side (HEALTH_TEST_MANAGE): scan a personal code, record a sample or a walk-in, enter and
 * correct results, read a registration (audited); open a case from a positive result (HEALTH_TRACE).
 */
@RestController
@Tag(name = "Health tests: samples and results", description = "Lấy mẫu, nhập kết quả, điều chỉnh, mở ca bệnh")
class TestLabApi {

	private final Sampling sampling;
	private final LabResults results;
	private final CurrentActor actor;

	TestLabApi(Sampling sampling, LabResults results, CurrentActor actor) {
		this.sampling = sampling;
		this.results = results;
		this.actor = actor;
	}

	record ScanRequest(String personalCode) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/scans")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Verify a scanned personal code and list the person's registrations for today",
			description = "422 health.code-forged, health.code-expired or health.code-unknown (field personalCode).")
	Sampling.Scanned scan(@RequestBody ScanRequest request) {
		return sampling.scan(actor.current().orElse(null), request.personalCode());
	}

	record SampleRequest(String personalCode, String registrationCode, String siteCode) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/samples")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Record the sample of a registration for today",
			description = "The personal code is verified again and must be the registration's person. siteCode is "
					+ "where the sample is taken (the registration's site when left out). The answer carries the "
					+ "sample code (MX-yyMMdd-XXXXXX) for the tube.")
	Registration sample(@RequestBody SampleRequest request) {
		return sampling.sample(actor.current().orElse(null), request.personalCode(), request.registrationCode(),
				request.siteCode());
	}

	record WalkInRequest(String personalCode, String siteCode, TestReason reason, String fullName,
			LocalDate dateOfBirth, String phone, String email) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/walk-ins")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Record the sample of someone without a registration (creates one)")
	Registration walkIn(@RequestBody WalkInRequest request) {
		return sampling.walkIn(actor.current().orElse(null), new WalkIn(request.personalCode(), request.siteCode(),
				request.reason(), request.fullName(), request.dateOfBirth(), request.phone(), request.email()));
	}

	record ResultRequest(String code, TestOutcome outcome, String labName) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/results")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Enter a laboratory result, once, by registration or sample code",
			description = "409 health.testing.result-already-entered for a second entry: use a correction. The "
					+ "person is sent an SMS and an e-mail that the result is ready, never the result itself.")
	Registration result(@RequestBody ResultRequest request) {
		return results.enter(actor.current().orElse(null),
				new ResultEntry(request.code(), request.outcome(), request.labName(), null));
	}

	record CorrectionRequest(String code, TestOutcome outcome, String labName, String reason) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/results/corrections")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Correct an entered result, with a reason (audited; the person is notified again)")
	Registration correct(@RequestBody CorrectionRequest request) {
		return results.correct(actor.current().orElse(null),
				new ResultEntry(request.code(), request.outcome(), request.labName(), request.reason()));
	}

	record StaffRead(Registration registration, List<Correction> corrections) {
	}

	@GetMapping(TestingApiAccessRules.BASE + "/registrations/{code}")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "A registration with its sample, result and corrections (the read is audited)")
	StaffRead read(@PathVariable String code) {
		Registration registration = results.read(actor.current().orElse(null), code);
		return new StaffRead(registration, results.corrections(registration.code()));
	}

	@PostMapping(TestingApiAccessRules.BASE + "/registrations/{code}/case")
	@PreAuthorize("hasAuthority('HEALTH_TRACE')")
	@Operation(summary = "Open a case for tracing from a positive result",
			description = "The infectious window starts 2 days before the sample (MoH 11042/BYT-DP) and ends now. "
					+ "Once: a second call returns the same case code.")
	Map<String, String> openCase(@PathVariable String code) {
		return Map.of("caseCode", results.openCase(actor.current().orElse(null), code));
	}
}
