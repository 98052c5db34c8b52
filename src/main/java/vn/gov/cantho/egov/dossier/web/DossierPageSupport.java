package vn.gov.cantho.egov.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.dossier.AttachmentView;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;

/** What the citizen's and the officials' dossier pages share: the receipt's content and the outcome of actions. */
@Component
class DossierPageSupport {

	static final String DONE = "done";

	private final ProcedureCatalogue catalogue;
	private final MessageSource messages;

	DossierPageSupport(ProcedureCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** One line of the receipt's list of documents: what the procedure asks for and the files handed in for it. */
	record DocumentLine(String code, String nameVi, String nameEn, DocumentForm form, int copies, boolean mandatory,
			List<AttachmentView> files) {
	}

	/** A value the applicant typed, with the label of its field; dates are shown day first, ID numbers masked. */
	record FieldValue(String labelVi, String labelEn, String value, FormField.FieldType type) {

		public boolean date() {
			return type == FormField.FieldType.DATE;
		}

		public boolean idNumber() {
			return type == FormField.FieldType.CITIZEN_ID;
		}
	}

	Optional<ProcedureView> procedure(DossierView dossier) {
		return catalogue.procedure(dossier.procedureCode());
	}

	/**
	 * The procedure's documents in its order with the files given for each, then files for documents the catalogue
	 * no longer lists (so nothing handed in disappears from the receipt).
	 */
	List<DocumentLine> documents(DossierView dossier) {
		List<DocumentLine> lines = new ArrayList<>();
		List<AttachmentView> remaining = new ArrayList<>(dossier.attachments());
		for (RequiredDocument document : procedure(dossier).map(ProcedureView::documents).orElse(List.of())) {
			List<AttachmentView> files = remaining.stream()
				.filter(a -> document.code().equals(a.documentCode()))
				.toList();
			remaining.removeAll(files);
			lines.add(new DocumentLine(document.code(), document.nameVi(), document.nameEn(), document.form(),
					document.copies(), document.mandatory(), files));
		}
		for (AttachmentView file : remaining) {
			lines.add(new DocumentLine(file.documentCode(), file.documentCode(), file.documentCode(), null, 1, false,
					List.of(file)));
		}
		return lines;
	}

	/** The form values in the order of the procedure's fields, then any the catalogue no longer lists, by key. */
	List<FieldValue> formValues(DossierView dossier) {
		Map<String, String> remaining = new LinkedHashMap<>(dossier.formValues());
		List<FieldValue> values = new ArrayList<>();
		for (FormField field : procedure(dossier).map(ProcedureView::formFields).orElse(List.of())) {
			String value = remaining.remove(field.key());
			if (value != null) {
				values.add(new FieldValue(field.labelVi(), field.labelEn(), value, field.type()));
			}
		}
		remaining.forEach((key, value) -> values.add(new FieldValue(key, key, value, FormField.FieldType.TEXT)));
		return values;
	}

	void receipt(Model model, DossierView dossier) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("documents", documents(dossier));
	}

	void done(RedirectAttributes redirect, DossierAction action, Locale locale) {
		String name = messages.getMessage("dossier.action." + action.name(), null, action.name(), locale);
		redirect.addFlashAttribute(DONE, messages.getMessage("dossier.web.done", new Object[] { name }, locale));
	}

	void done(RedirectAttributes redirect, String messageKey, Locale locale) {
		redirect.addFlashAttribute(DONE, messages.getMessage(messageKey, null, locale));
	}

	/**
	 * Reports a refused action on the page it came from; a dossier the caller may not see stays a 404 (so codes
	 * cannot be probed through actions either).
	 */
	void failed(RedirectAttributes redirect, String action, BusinessException refusal, Locale locale) {
		if (refusal.status() == HttpStatus.NOT_FOUND
				&& (refusal.field() == null || "code".equals(refusal.field()))) {
			throw refusal;
		}
		redirect.addFlashAttribute(FailedAction.FLASH, FailedAction.of(action, refusal, messages, locale));
	}

	void failed(RedirectAttributes redirect, FailedAction failure) {
		redirect.addFlashAttribute(FailedAction.FLASH, failure);
	}

	MessageSource messages() {
		return messages;
	}
}
