package vn.gov.cantho.egov.dossier.domain;

import java.util.List;

import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.ProcedureView;

/**
 * A checked application, normalised and ready to store: phone as {@code 0xxxxxxxxx}, form values as JSON, the
 * language as {@code vi} or {@code en}, the files to attach. {@code owner} is null for counter and postal registrations.
 */
record NewDossier(ProcedureView procedure, SubmissionChannel channel, String owner, String submittedBy,
		String idempotencyKey, String applicantName, String citizenId, String phone, String email, String address,
		String formValuesJson, DeliveryOption delivery, String postalAddress, String language, long fee,
		List<AttachedDocument> documents) {

	NewDossier {
		documents = List.copyOf(documents);
	}

	@Override
	public String toString() {
		return "NewDossier[" + procedure.code() + ", " + channel + "]";
	}
}
