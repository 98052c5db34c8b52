package vn.gov.cantho.egov.dossier.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.HistoryEntry;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A citizen's own dossiers: the list, one dossier with its history and files, its receipt, and what the citizen may
 * do: send a supplement, withdraw (after a confirmation page), rate the service once the result is returned.
 */
@Controller
@RequestMapping("/ho-so")
@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
class MyDossierPages {

	static final int PAGE_SIZE = 20;
	static final String SUPPLEMENT = "supplement";
	static final String WITHDRAW = "withdraw";
	static final String RATE = "rate";

	private final DossierManagement dossiers;
	private final DocumentUploads files;
	private final DossierPageSupport support;

	MyDossierPages(DossierManagement dossiers, DocumentUploads files, DossierPageSupport support) {
		this.dossiers = dossiers;
		this.files = files;
		this.support = support;
	}

	@GetMapping
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", dossiers.mine(Math.max(page, 0), PAGE_SIZE));
		return "dossier/mine";
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, Model model) {
		DossierView dossier = dossiers.dossier(code);
		model.addAttribute("dossier", dossier);
		model.addAttribute("documents", support.documents(dossier));
		model.addAttribute("canRate", dossier.state() == DossierState.RETURNED && dossier.rating() == null);
		model.addAttribute("canSupplement", dossier.availableActions().contains(DossierAction.SUBMIT_SUPPLEMENT));
		model.addAttribute("canWithdraw", dossier.availableActions().contains(DossierAction.WITHDRAW));
		model.addAttribute("supplementReason", dossier.history()
			.stream()
			.filter(h -> h.action() == DossierAction.REQUEST_SUPPLEMENT)
			.reduce((first, second) -> second)
			.map(HistoryEntry::comment)
			.orElse(null));
		return "dossier/detail";
	}

	@GetMapping("/{code}/bien-nhan")
	String receipt(@PathVariable String code, Model model) {
		support.receipt(model, dossiers.dossier(code));
		model.addAttribute("back", "/ho-so/" + code);
		return "dossier/receipt";
	}

	@GetMapping("/{code}/tep/{attachmentId}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String attachmentId) {
		return Downloads.of(dossiers.attachment(code, attachmentId));
	}

	@PostMapping("/{code}/bo-sung")
	String supplement(@PathVariable String code, @RequestParam(defaultValue = "") String comment,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		DossierView dossier = dossiers.dossier(code);
		List<RequiredDocument> asked = support.procedure(dossier).map(ProcedureView::documents).orElse(List.of());
		DocumentUploads.Received received = files.upload(asked, request, document -> DocumentUploads.PART + document);
		if (!received.errors().isEmpty()) {
			support.failed(redirect, SUPPLEMENT, BusinessException.allOf(received.errors()), locale);
			return "redirect:/ho-so/{code}";
		}
		List<AttachedDocument> documents = received.accepted()
			.entrySet()
			.stream()
			.map(e -> new AttachedDocument(e.getKey(), e.getValue().id()))
			.toList();
		return act(code, DossierAction.SUBMIT_SUPPLEMENT, SUPPLEMENT,
				new ActionRequest(blankToNull(comment), null, null, null, null, documents), locale, redirect);
	}

	@GetMapping("/{code}/rut")
	String withdrawal(@PathVariable String code, Model model) {
		DossierView dossier = dossiers.dossier(code);
		if (!dossier.availableActions().contains(DossierAction.WITHDRAW)) {
			return "redirect:/ho-so/{code}";
		}
		model.addAttribute("dossier", dossier);
		return "dossier/withdraw";
	}

	@PostMapping("/{code}/rut")
	String withdraw(@PathVariable String code, @RequestParam(defaultValue = "") String comment, Locale locale,
			RedirectAttributes redirect) {
		return act(code, DossierAction.WITHDRAW, WITHDRAW, ActionRequest.comment(blankToNull(comment)), locale,
				redirect);
	}

	@PostMapping("/{code}/danh-gia")
	String rate(@PathVariable String code, @RequestParam(defaultValue = "0") int stars,
			@RequestParam(defaultValue = "") String comment, Locale locale, RedirectAttributes redirect) {
		try {
			dossiers.rate(code, stars, blankToNull(comment));
			support.done(redirect, "dossier.web.rated", locale);
		}
		catch (BusinessException e) {
			support.failed(redirect, RATE, e, locale);
		}
		return "redirect:/ho-so/{code}";
	}

	private String act(String code, DossierAction action, String form, ActionRequest request, Locale locale,
			RedirectAttributes redirect) {
		try {
			dossiers.act(code, action, request);
			support.done(redirect, action, locale);
		}
		catch (BusinessException e) {
			support.failed(redirect, form, e, locale);
		}
		return "redirect:/ho-so/{code}";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
