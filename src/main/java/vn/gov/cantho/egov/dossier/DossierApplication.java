package vn.gov.cantho.egov.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * Everything an applicant hands in: the procedure, who applies, the form values by field key, an uploaded file per document,
 * how the result is delivered (a postal address when by post), and the language for notifications.
 */
public record DossierApplication(String procedureCode, Applicant applicant, Map<String, String> formValues,
		List<AttachedDocument> documents, DeliveryOption delivery, String postalAddress, Locale language) {

	public DossierApplication {
		formValues = formValues == null ? Map.of() : Map.copyOf(formValues);
		documents = documents == null ? List.of() : List.copyOf(documents);
	}
}
