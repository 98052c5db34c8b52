package vn.gov.cantho.egov.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.audit.AuditPage;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;

/** Read-only JSON access to the audit log for administrators' tools; dates are ISO days in Vietnam's time. */
@RestController
@RequestMapping("/api/v1/audit-entries")
@PreAuthorize("hasAuthority('AUDIT_VIEW')")
class AuditEntriesApi {

	private final AuditTrail trail;
	private final AuditLog audit;

	AuditEntriesApi(AuditTrail trail, AuditLog audit) {
		this.trail = trail;
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Search the audit log, newest first",
			description = "action matches a prefix; actor and reference match exactly; from/to are inclusive days")
	AuditPage search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String reference,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		AuditPage result = trail.search(new AuditQuery(actor, action, reference, from, to), page);
		// Entries hold client addresses, which are personal data: reading them is itself recorded.
		audit.record("audit.entries.viewed", null);
		return result;
	}
}
