package vn.gov.cantho.egov.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.gov.cantho.egov.calendar.TimeLimit;

/**
 * A procedure as an administrator enters it, checked by {@link ProcedureAdministration} before it is stored. The
 * time limit comes as its parts ({@code timeLimitDays} counts only for working days) so that a wrong combination is
 * reported on its field instead of failing to build. A blank document code or form field key is derived from its
 * Vietnamese name. {@code notes} are shown to everyone next to the procedure: what is still to be confirmed.
 */
public record ProcedureDefinition(String code, String nameVi, String nameEn, String fieldCode, ProcedureLevel level,
		String agencyCode, TimeLimit.Kind timeLimitKind, Integer timeLimitDays, FeeSchedule fee, OnlineMode onlineMode,
		ResultForm resultForm, Set<DeliveryOption> deliveries, List<RequiredDocument> documents,
		List<FormField> formFields, String notes) {

	public ProcedureDefinition {
		deliveries = deliveries == null ? Set.of()
				: Set.copyOf(deliveries.stream().filter(Objects::nonNull).toList());
		documents = documents == null ? List.of() : documents.stream().filter(Objects::nonNull).toList();
		formFields = formFields == null ? List.of() : formFields.stream().filter(Objects::nonNull).toList();
	}
}
