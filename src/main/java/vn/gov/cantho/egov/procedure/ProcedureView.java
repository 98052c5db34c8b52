package vn.gov.cantho.egov.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.gov.cantho.egov.calendar.TimeLimit;

/**
 * A procedure as the catalogue publishes it. {@code agencyCode} is the handling agency (directory code) whose
 * one-stop section receives its dossiers.
 */
public record ProcedureView(String code, String nameVi, String nameEn, String fieldCode, ProcedureLevel level,
		String agencyCode, TimeLimit timeLimit, FeeSchedule fee, OnlineMode onlineMode, ResultForm resultForm,
		Set<DeliveryOption> deliveries, List<RequiredDocument> documents, List<FormField> formFields,
		boolean active) {

	public ProcedureView {
		deliveries = Set.copyOf(deliveries);
		documents = List.copyOf(documents);
		formFields = List.copyOf(formFields);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}
}
