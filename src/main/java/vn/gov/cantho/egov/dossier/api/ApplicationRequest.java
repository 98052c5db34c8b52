package vn.gov.cantho.egov.dossier.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.gov.cantho.egov.dossier.Applicant;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * An application as JSON: files are uploaded first ({@code POST /api/v1/uploads}) and named here by their upload id.
 * {@code channel} is read only by counter registrations (COUNTER or POST).
 */
@Schema(description = "Hồ sơ nộp: thủ tục, người nộp, giá trị biểu mẫu, tệp đã tải lên cho từng thành phần hồ sơ")
record ApplicationRequest(@Schema(example = "1.001456") String procedureCode, Applicant applicant,
		Map<String, String> formValues, List<AttachedDocument> documents,
		@Schema(example = "COUNTER") DeliveryOption delivery, String postalAddress,
		@Schema(description = "vi or en: the language of the notifications; default that of the request",
				example = "vi") String language,
		@Schema(description = "Counter registrations only: COUNTER or POST") SubmissionChannel channel) {

	DossierApplication application(Locale requestLocale) {
		Locale locale = language == null || language.isBlank() ? requestLocale : Locale.forLanguageTag(language);
		return new DossierApplication(procedureCode, applicant, formValues, documents, delivery, postalAddress,
				locale);
	}

	@Override
	public String toString() {
		return "ApplicationRequest[" + procedureCode + "]";
	}
}
