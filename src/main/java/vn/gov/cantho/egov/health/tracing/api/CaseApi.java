package vn.gov.cantho.egov.health.tracing.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.CaseView;
import vn.gov.cantho.egov.health.ContactList;
import vn.gov.cantho.egov.health.OpenCase;
import vn.gov.cantho.egov.health.tracing.CaseSubjects;
import vn.gov.cantho.egov.health.tracing.ContactsCsv;
import vn.gov.cantho.egov.health.tracing.web.TracingTexts;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Confirmed cases and their contacts, for health officers (HEALTH_TRACE). Recording a case traces it at once;
 * reading contacts needs a purpose, which is recorded with who and when; a caller without HEALTH_TRACE gets 403
 * {@code forbidden} and the refusal is recorded too.
 */
@RestController
@Tag(name = "Tracing", description = "Truy vết: ca bệnh (F0), người tiếp xúc gần (F1) và tiếp xúc với F1 (F2)")
@PreAuthorize("hasAuthority('HEALTH_TRACE')")
class CaseApi {

	private final CaseManagement cases;
	private final CaseSubjects subjects;
	private final CurrentActor actor;
	private final TracingTexts texts;

	CaseApi(CaseManagement cases, CaseSubjects subjects, CurrentActor actor, TracingTexts texts) {
		this.cases = cases;
		this.subjects = subjects;
		this.actor = actor;
		this.texts = texts;
	}

	@PostMapping("/api/v1/health/cases")
	@Operation(summary = "Record a confirmed case (F0) and trace its contacts",
			description = "Name the person by exactly one of personCode (scanned), personRef or idNumber. The window "
					+ "must start before it ends, end no later than now (5 minutes of clock skew), last at most 28 days "
					+ "and start within the check-in retention (21 days): health.case-window-missing, -reversed, "
					+ "-future, -too-long, -too-old, each naming its field (all at once in errors[]). reason is "
					+ "required (health.case-reason-required). A case of the same person with an overlapping window "
					+ "is 409 health.case-exists. Answers 201 with the case and its code (F0-yyMMdd-NNNN) in Location.")
	ResponseEntity<CaseView> open(@RequestBody CaseRequest request) {
		Actor officer = officer();
		if (request == null) {
			throw BusinessException.badRequest("malformed-request", null);
		}
		String personRef = subjects.personRef(officer, request.personCode(), request.personRef(), request.idNumber());
		String code = cases.open(officer, new OpenCase(personRef, request.infectiousFrom(), request.infectiousUntil(),
				request.reason(), request.testCode()));
		return ResponseEntity.created(URI.create("/api/v1/health/cases/" + code)).body(cases.find(officer, code));
	}

	@GetMapping("/api/v1/health/cases")
	@Operation(summary = "The most recently recorded cases, newest first (at most 200)")
	List<CaseView> recent(@RequestParam(defaultValue = "50") int limit) {
		return cases.recent(officer(), limit);
	}

	@GetMapping("/api/v1/health/cases/{code}")
	@Operation(summary = "A case: person, window, reason, when traced, how many F1 and F2",
			description = "No contact details. Reading it is audited. 404 health.case-not-found.")
	CaseView find(@Parameter(example = "F0-270310-0001") @PathVariable String code) {
		return cases.find(officer(), code);
	}

	@PostMapping("/api/v1/health/cases/{code}/trace")
	@Operation(summary = "Trace the case again (late uploads from offline devices), replacing its contact list",
			description = "The body's purpose is required and recorded. 409 health.case-retrace-too-late once the "
					+ "window's first check-ins are past retention (a new run would lose contacts).")
	CaseView retrace(@PathVariable String code, @RequestBody(required = false) PurposeRequest request) {
		return cases.retrace(officer(), code, request == null ? null : request.purpose());
	}

	@GetMapping("/api/v1/health/cases/{code}/contacts")
	@Operation(summary = "The contacts of a case, with how to reach them",
			description = "generation=1: the F1 only. generation=2 (default): the F1 and the F2 together, F1 first, "
					+ "each contact with its generation (1 or 2), each generation in order of exposure. Each person "
					+ "appears once, at the lowest generation and earliest exposure: venue, overlap from/until, whole "
					+ "minutes, viaPersonRef (the case's person for an F1, the F1 for an F2) and the number of "
					+ "exposures found. purpose is required (health.trace-purpose-required) and recorded with who and "
					+ "when in the trace log and the audit log.")
	ContactList contacts(@PathVariable String code,
			@Parameter(description = "1: F1 only; 2: F1 and F2") @RequestParam(defaultValue = "2") int generation,
			@Parameter(description = "Why the list is read, e.g. Gọi điện thông báo cách ly")
			@RequestParam(required = false) String purpose) {
		return cases.contacts(officer(), code, generation, purpose);
	}

	@GetMapping("/api/v1/health/cases/{code}/contacts.csv")
	@Operation(summary = "The same list as CSV for a spreadsheet",
			description = "UTF-8 with a byte-order mark, CRLF, every cell quoted; cells starting with = + - @, tab "
					+ "or carriage return get a leading apostrophe (formula injection). Recorded as an export.")
	void csv(@PathVariable String code, @RequestParam(defaultValue = "2") int generation,
			@RequestParam(required = false) String purpose, Locale locale, HttpServletResponse response)
			throws IOException {
		ContactList list = cases.export(officer(), code, generation, purpose);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + list.caseCode() + "-contacts.csv\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ContactsCsv.write(list, texts.csvHeader(locale),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	private Actor officer() {
		return actor.current().orElseThrow(() -> BusinessException.forbidden("health.trace-forbidden"));
	}
}
