package vn.gov.cantho.egov.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;

/** The audit log page: a filter form (dates as dd/MM/yyyy, as people in Vietnam write them) and the entries. */
@Controller
@RequestMapping("/quan-tri/nhat-ky")
@PreAuthorize("hasAuthority('AUDIT_VIEW')")
class AuditPageController {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private final AuditTrail trail;
	private final AuditLog audit;

	AuditPageController(AuditTrail trail, AuditLog audit) {
		this.trail = trail;
		this.audit = audit;
	}

	@GetMapping
	String search(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors, Model model) {
		LocalDate from = day(filter.getFrom(), "from", errors);
		LocalDate to = day(filter.getTo(), "to", errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.rejectValue("to", "error.audit.invalid-range");
		}
		if (errors.hasErrors()) {
			return "audit/admin";
		}
		model.addAttribute("result", trail.search(
				new AuditQuery(filter.getActor(), filter.getAction(), filter.getReference(), from, to),
				filter.getPage()));
		// Entries hold client addresses, which are personal data: reading them is itself recorded.
		audit.record("audit.entries.viewed", null);
		return "audit/admin";
	}

	private static LocalDate day(String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim(), DAY);
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "error.audit.invalid-date");
			return null;
		}
	}
}
