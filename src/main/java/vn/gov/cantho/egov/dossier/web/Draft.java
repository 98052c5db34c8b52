package vn.gov.cantho.egov.dossier.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import vn.gov.cantho.egov.dossier.Applicant;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.dossier.UploadedFile;
import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * An application between the form and the confirmation, kept in the session under its idempotency key. It holds the
 * typed values and the ids of files already uploaded, never file content, so it stays small and serialisable (the
 * sessions live in the database). {@code dossierCode} is set once submitted, so a repeated confirmation finds it.
 */
record Draft(String key, String procedureCode, String fullName, String citizenId, String phone, String email,
		String address, Map<String, String> values, Map<String, Upload> uploads, DeliveryOption delivery,
		String postalAddress, SubmissionChannel channel, String dossierCode) implements Serializable {

	Draft {
		values = new LinkedHashMap<>(values);
		uploads = new LinkedHashMap<>(uploads);
	}

	/** A file received by {@code DossierManagement.upload}, remembered by id. */
	record Upload(String id, String filename, String mediaType, long size) implements Serializable {

		static Upload of(UploadedFile file) {
			return new Upload(file.id(), file.filename(), file.mediaType(), file.size());
		}
	}

	static Draft of(String procedureCode, ApplicationForm form, Map<String, Upload> uploads, DeliveryOption delivery,
			SubmissionChannel channel) {
		return new Draft(form.getKey(), procedureCode, trim(form.getFullName()), trim(form.getCitizenId()),
				trim(form.getPhone()), trim(form.getEmail()), trim(form.getAddress()), trimmed(form.getValues()),
				uploads, delivery, delivery == DeliveryOption.POST ? trim(form.getPostalAddress()) : null, channel,
				null);
	}

	Draft submitted(String code) {
		return new Draft(key, procedureCode, fullName, citizenId, phone, email, address, values, uploads, delivery,
				postalAddress, channel, code);
	}

	/** Puts the draft back on the form, e.g. when the applicant follows a change link from the review page. */
	void fill(ApplicationForm form) {
		form.setKey(key);
		form.setFullName(fullName);
		form.setCitizenId(citizenId);
		form.setPhone(phone);
		form.setEmail(email);
		form.setAddress(address);
		form.setValues(new LinkedHashMap<>(values));
		form.setDelivery(delivery == null ? null : delivery.name());
		form.setPostalAddress(postalAddress);
		form.setChannel(channel == null ? null : channel.name());
		uploads.forEach((code, upload) -> form.getDocuments().put(code, upload.filename()));
	}

	DossierApplication application(Locale language) {
		return new DossierApplication(procedureCode, new Applicant(fullName, citizenId, phone, email, address),
				values, uploads.entrySet().stream().map(e -> new AttachedDocument(e.getKey(), e.getValue().id())).toList(),
				delivery, postalAddress, language);
	}

	private static Map<String, String> trimmed(Map<String, String> values) {
		Map<String, String> kept = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			String text = trim(value);
			if (text != null) {
				kept.put(field, text);
			}
		});
		return kept;
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
