package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.dossier.Applicant;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Checks an application against its procedure and reports every broken rule at once, each on the field it concerns
 * ({@code applicant.phone}, {@code formValues.KEY}, {@code documents.CODE}, {@code delivery}, {@code postalAddress}).
 * Online submissions need a file for every mandatory document; counter and postal registrations bring paper, so
 * their files are optional, but any file given must still be the caller's.
 */
@Component
class ApplicationRules {

	static final int MAX_NAME = 200;
	static final int MAX_ADDRESS = 500;
	/** The form field whose value a per-page fee multiplies. */
	static final String PAGES_FIELD = "pages";

	private final FormRules form;
	private final JsonMapper json;
	private final Clock clock;

	ApplicationRules(FormRules form, JsonMapper json, Clock clock) {
		this.form = form;
		this.json = json;
		this.clock = clock;
	}

	/** Who submits, with which key, on whose behalf. */
	record Submitter(String username, String owner, String idempotencyKey) {
	}

	/** @throws BusinessException every broken rule, the first one giving the status */
	NewDossier check(ProcedureView procedure, DossierApplication application, SubmissionChannel channel,
			Submitter submitter, Map<String, FileStore.Pending> uploads) {
		List<BusinessException> errors = new ArrayList<>();
		Applicant applicant = application.applicant() == null ? new Applicant(null, null, null, null, null)
				: application.applicant();
		String name = applicant.fullName() == null ? "" : applicant.fullName().trim();
		if (name.isEmpty()) {
			errors.add(BusinessException.invalid("dossier.applicant-name-required", "applicant.fullName"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(BusinessException.invalid("dossier.text-too-long", "applicant.fullName", MAX_NAME));
		}
		String phone = Contacts.mobile(applicant.phone()).orElse(null);
		if (phone == null) {
			errors.add(BusinessException.invalid("dossier.invalid-phone", "applicant.phone"));
		}
		String email = null;
		if (!Contacts.isBlank(applicant.email())) {
			email = Contacts.email(applicant.email()).orElse(null);
			if (email == null) {
				errors.add(BusinessException.invalid("dossier.invalid-email", "applicant.email"));
			}
		}
		String citizenId = Contacts.isBlank(applicant.citizenId()) ? null : applicant.citizenId().replace(" ", "");
		if (citizenId != null && !FormRules.isCitizenId(citizenId, clock)) {
			errors.add(BusinessException.invalid("dossier.invalid-citizen-id", "applicant.citizenId"));
		}
		String address = trimToNull(applicant.address());
		if (address != null && address.length() > MAX_ADDRESS) {
			errors.add(BusinessException.invalid("dossier.text-too-long", "applicant.address", MAX_ADDRESS));
		}
		Map<String, String> values = new TreeMap<>();
		errors.addAll(form.check(procedure.formFields(), application.formValues(), values));
		errors.addAll(documents(procedure, application.documents(), channel, submitter.username(), uploads));
		String postal = trimToNull(application.postalAddress());
		errors.addAll(delivery(procedure, application.delivery(), postal));
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		long fee = procedure.fee().feeFor(channel == SubmissionChannel.ONLINE, pages(values));
		return new NewDossier(procedure, channel, submitter.owner(), submitter.username(),
				submitter.idempotencyKey(), name, citizenId, phone, email, address, json.writeValueAsString(values),
				application.delivery(), application.delivery() == DeliveryOption.POST ? postal : null,
				language(application.language()), fee, application.documents());
	}

	private List<BusinessException> documents(ProcedureView procedure, List<AttachedDocument> given,
			SubmissionChannel channel, String caller, Map<String, FileStore.Pending> uploads) {
		List<BusinessException> errors = new ArrayList<>();
		Set<String> known = new HashSet<>();
		procedure.documents().forEach(d -> known.add(d.code()));
		Set<String> handedIn = new HashSet<>();
		Set<String> usedUploads = new HashSet<>();
		Instant now = clock.instant();
		for (AttachedDocument document : given) {
			String field = "documents." + document.documentCode();
			if (document.documentCode() == null || !known.contains(document.documentCode())) {
				errors.add(BusinessException.invalid("dossier.unknown-document", field));
				continue;
			}
			FileStore.Pending upload = document.uploadId() == null ? null : uploads.get(document.uploadId());
			if (upload == null || !upload.owner().equals(caller) || !upload.expiresAt().isAfter(now)) {
				errors.add(BusinessException.invalid("dossier.upload-not-found", field));
			}
			else if (!usedUploads.add(document.uploadId())) {
				errors.add(BusinessException.invalid("dossier.upload-used-twice", field));
			}
			else {
				handedIn.add(document.documentCode());
			}
		}
		if (channel == SubmissionChannel.ONLINE) {
			for (RequiredDocument required : procedure.documents()) {
				if (required.mandatory() && !handedIn.contains(required.code()) && given.stream()
					.noneMatch(d -> required.code().equals(d.documentCode()))) {
					errors.add(BusinessException.invalid("dossier.document-missing", "documents." + required.code()));
				}
			}
		}
		return errors;
	}

	private static List<BusinessException> delivery(ProcedureView procedure, DeliveryOption delivery,
			String postalAddress) {
		if (delivery == null) {
			return List.of(BusinessException.invalid("dossier.delivery-required", "delivery"));
		}
		if (!procedure.deliveries().contains(delivery)) {
			return List.of(BusinessException.invalid("dossier.delivery-not-offered", "delivery"));
		}
		if (delivery == DeliveryOption.POST && postalAddress == null) {
			return List.of(BusinessException.invalid("dossier.postal-address-required", "postalAddress"));
		}
		if (postalAddress != null && postalAddress.length() > MAX_ADDRESS) {
			return List.of(BusinessException.invalid("dossier.text-too-long", "postalAddress", MAX_ADDRESS));
		}
		return List.of();
	}

	/** Per-page fees count the form's {@code pages} field when the procedure has one; otherwise one page. */
	static int pages(Map<String, String> values) {
		String pages = values.get(PAGES_FIELD);
		if (pages == null || !pages.matches("\\d{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(pages));
	}

	/** Vietnamese unless English was asked for: the only two languages the messages exist in. */
	static String language(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
	}

	static String trimToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
