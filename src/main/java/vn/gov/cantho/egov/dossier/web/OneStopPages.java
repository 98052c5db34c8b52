package vn.gov.cantho.egov.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.HistoryEntry;
import vn.gov.cantho.egov.dossier.ProposedOutcome;
import vn.gov.cantho.egov.dossier.QueueQuery;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.Roles;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The one-stop back office: the work queue of the official's agencies sorted by due date, and one dossier with a
 * small form for each action the official may take now. Each action posts to its own address and comes back to the
 * dossier with what happened; refusals are listed in the error summary, linked to the input concerned.
 */
@Controller
@RequestMapping("/mot-cua")
@PreAuthorize("hasAuthority('DOSSIER_VIEW_AGENCY')")
class OneStopPages {

	static final int PAGE_SIZE = 20;
	static final String INVALID_DATE = "dossier.web.invalid-date";

	/** Actions whose comment (the reason, or the grounds of a proposal) the dossier module requires. */
	static final Set<DossierAction> REASON_REQUIRED = EnumSet.of(DossierAction.REFUSE,
			DossierAction.REQUEST_SUPPLEMENT, DossierAction.PROPOSE, DossierAction.STOP, DossierAction.SEND_BACK,
			DossierAction.APOLOGISE);

	private final DossierManagement dossiers;
	private final AccountDirectory accounts;
	private final DossierPageSupport support;
	private final AuditLog audit;
	private final Clock clock;

	OneStopPages(DossierManagement dossiers, AccountDirectory accounts, DossierPageSupport support, AuditLog audit,
			Clock clock) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.support = support;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		DossierState chosen = Arrays.stream(DossierState.values())
			.filter(s -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("result", dossiers.queue(new QueueQuery(chosen == null ? Set.of() : Set.of(chosen), mine,
				overdue, null, Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("state", chosen == null ? "" : chosen.name());
		model.addAttribute("mine", mine);
		model.addAttribute("overdue", overdue);
		model.addAttribute("states", DossierState.values());
		return "dossier/queue";
	}

	/**
	 * One dossier with a form per available action. ID numbers are masked unless the official asks to see them,
	 * which is audited like any read of personal data.
	 */
	@GetMapping("/ho-so/{code}")
	String dossier(@PathVariable String code, @RequestParam(name = "hienSo", defaultValue = "false") boolean showIds,
			Model model) {
		DossierView dossier = dossiers.dossier(code);
		if (showIds) {
			audit.record("dossier.citizen-id.viewed", dossier.code());
		}
		model.addAttribute("showIds", showIds);
		model.addAttribute("dossier", dossier);
		model.addAttribute("documents", support.documents(dossier));
		List<DossierPageSupport.FieldValue> fields = support.formValues(dossier);
		model.addAttribute("fields", fields);
		model.addAttribute("hasIds", dossier.applicant().citizenId() != null
				|| fields.stream().anyMatch(DossierPageSupport.FieldValue::idNumber));
		model.addAttribute("reasonRequired", REASON_REQUIRED);
		model.addAttribute("outcomes", ProposedOutcome.values());
		model.addAttribute("today", LocalDate.now(clock));
		if (dossier.availableActions().contains(DossierAction.ASSIGN)) {
			model.addAttribute("specialists", specialists(dossier.agencyCode()));
		}
		return "dossier/official-detail";
	}

	@PostMapping("/ho-so/{code}/{action}")
	String act(@PathVariable String code, @PathVariable("action") String slug, @ModelAttribute ActionForm form,
			Locale locale, RedirectAttributes redirect) {
		DossierAction action = DossierAction.fromSlug(slug);
		LocalDate newDueDate;
		try {
			newDueDate = form.getNewDueDate() == null || form.getNewDueDate().isBlank() ? null
					: LocalDate.parse(form.getNewDueDate().trim());
		}
		catch (DateTimeParseException e) {
			support.failed(redirect,
					FailedAction.of(slug, "newDueDate", "error." + INVALID_DATE, support.messages(), locale));
			return "redirect:/mot-cua/ho-so/{code}";
		}
		ActionRequest request = new ActionRequest(blankToNull(form.getComment()), blankToNull(form.getAssignee()),
				outcome(form.getOutcome()), newDueDate, blankToNull(form.getTrackingNumber()), List.of());
		try {
			dossiers.act(code, action, request);
			support.done(redirect, action, locale);
		}
		catch (BusinessException e) {
			support.failed(redirect, slug, e, locale);
		}
		return "redirect:/mot-cua/ho-so/{code}";
	}

	@GetMapping("/ho-so/{code}/bien-nhan")
	String receipt(@PathVariable String code, Model model) {
		support.receipt(model, dossiers.dossier(code));
		model.addAttribute("back", "/mot-cua/ho-so/" + code);
		return "dossier/receipt";
	}

	/** The apology and new appointment (template 04), printable once the dossier has one. */
	@GetMapping("/ho-so/{code}/xin-loi")
	String apology(@PathVariable String code, Model model) {
		DossierView dossier = dossiers.dossier(code);
		HistoryEntry apology = dossier.history()
			.stream()
			.filter(h -> h.action() == DossierAction.APOLOGISE)
			.reduce((first, second) -> second)
			.orElseThrow(() -> BusinessException.notFound("not-found", "code"));
		model.addAttribute("dossier", dossier);
		model.addAttribute("apology", apology);
		return "dossier/apology";
	}

	@GetMapping("/ho-so/{code}/tep/{attachmentId}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String attachmentId) {
		return Downloads.of(dossiers.attachment(code, attachmentId));
	}

	/** Specialists of the dossier's agency who can be assigned now (not locked), by name. */
	private List<AccountView> specialists(String agencyCode) {
		return accounts.officials(agencyCode)
			.stream()
			.filter(a -> a.roles().contains(Roles.SPECIALIST) && !a.locked())
			.toList();
	}

	private static ProposedOutcome outcome(String name) {
		return Arrays.stream(ProposedOutcome.values()).filter(o -> o.name().equals(name)).findFirst().orElse(null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
