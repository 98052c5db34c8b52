package vn.gov.cantho.egov.procedure.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What a procedure must satisfy before it is published. Every rule is checked and every failure reported, so an
 * administrator fixes the whole form in one pass; documents and form fields are checked in {@link ComponentRules}.
 */
@Component
class ProcedureRules {

	/** National codes (1.001456) and local ones (DEMO-07): upper case, digits, dots and hyphens. */
	static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z.-]{1,29}");
	static final int MAX_DAYS = 365;
	static final int NAME_LENGTH = 500;
	static final int NOTES_LENGTH = 2000;

	private final AgencyDirectory agencies;
	private final FieldCatalogue fields;

	ProcedureRules(AgencyDirectory agencies, FieldCatalogue fields) {
		this.agencies = agencies;
		this.fields = fields;
	}

	/** The definition with text trimmed, blanks as null and the fee reduced to the parts its kind uses. */
	ProcedureDefinition normalise(ProcedureDefinition d) {
		return new ProcedureDefinition(upper(d.code()), text(d.nameVi()), text(d.nameEn()), upper(d.fieldCode()),
				d.level(), upper(d.agencyCode()), d.timeLimitKind(),
				d.timeLimitKind() == TimeLimit.Kind.WORKING_DAYS ? d.timeLimitDays() : Integer.valueOf(0), fee(d.fee()),
				d.onlineMode(), d.resultForm(), d.deliveries(), ComponentRules.documents(d.documents()),
				ComponentRules.formFields(d.formFields()), text(d.notes()));
	}

	/** Every broken rule of a normalised definition; empty when it may be stored. */
	List<BusinessException> problems(ProcedureDefinition d) {
		Problems problems = new Problems();
		if (problems.required(d.code(), "code") && !CODE.matcher(d.code()).matches()) {
			problems.add("procedure.code-invalid", "code", d.code());
		}
		name(problems, d.nameVi(), "nameVi");
		name(problems, d.nameEn(), "nameEn");
		if (problems.required(d.fieldCode(), "fieldCode") && fields.field(d.fieldCode()).isEmpty()) {
			problems.add("procedure.unknown-field", "fieldCode", d.fieldCode());
		}
		problems.required(d.level(), "level");
		agency(problems, d.agencyCode());
		timeLimit(problems, d);
		FeeRules.check(problems, d.fee());
		problems.required(d.onlineMode(), "onlineMode");
		problems.required(d.resultForm(), "resultForm");
		deliveries(problems, d);
		ComponentRules.check(problems, d.documents(), d.formFields());
		problems.maxLength(d.notes(), NOTES_LENGTH, "notes");
		return problems.list();
	}

	/** The agency must exist and still work, since new dossiers are routed to it. */
	void agency(Problems problems, String code) {
		if (!problems.required(code, "agencyCode")) {
			return;
		}
		Optional<AgencyView> agency = agencies.agency(code);
		if (agency.isEmpty()) {
			problems.add("procedure.unknown-agency", "agencyCode", code);
		}
		else if (!agency.get().active()) {
			problems.add("procedure.agency-inactive", "agencyCode", code);
		}
	}

	/** The view of a definition that passed {@link #problems}. */
	static ProcedureView view(String code, ProcedureDefinition d, boolean active) {
		TimeLimit limit = switch (d.timeLimitKind()) {
			case WORKING_DAYS -> TimeLimit.workingDays(d.timeLimitDays());
			case SAME_DAY -> TimeLimit.sameDay();
			case HALF_DAY -> TimeLimit.halfDay();
		};
		return new ProcedureView(code, d.nameVi(), d.nameEn(), d.fieldCode(), d.level(), d.agencyCode(), limit, d.fee(),
				d.onlineMode(), d.resultForm(), d.deliveries(), d.documents(), d.formFields(), active);
	}

	private static void name(Problems problems, String name, String field) {
		if (problems.required(name, field)) {
			problems.maxLength(name, NAME_LENGTH, field);
		}
	}

	private static void timeLimit(Problems problems, ProcedureDefinition d) {
		if (problems.required(d.timeLimitKind(), "timeLimit.kind")
				&& d.timeLimitKind() == TimeLimit.Kind.WORKING_DAYS
				&& problems.required(d.timeLimitDays(), "timeLimit.workingDays")
				&& (d.timeLimitDays() < 1 || d.timeLimitDays() > MAX_DAYS)) {
			problems.add("procedure.days-out-of-range", "timeLimit.workingDays", 1, MAX_DAYS);
		}
	}

	/**
	 * The result needs a way to reach the applicant: online delivery needs an electronic result, and a full-online
	 * procedure (Decree 42/2022) must not require a visit to the counter.
	 */
	private static void deliveries(Problems problems, ProcedureDefinition d) {
		Set<DeliveryOption> options = d.deliveries();
		if (options.isEmpty()) {
			problems.add("procedure.no-delivery", "deliveries");
			return;
		}
		if (options.contains(DeliveryOption.ONLINE) && d.resultForm() == ResultForm.PAPER) {
			problems.add("procedure.online-delivery-needs-e-result", "deliveries");
		}
		if (d.onlineMode() == OnlineMode.FULL && EnumSet.of(DeliveryOption.COUNTER).containsAll(options)) {
			problems.add("procedure.full-online-needs-remote-delivery", "deliveries");
		}
	}

	private static FeeSchedule fee(FeeSchedule fee) {
		if (fee == null || fee.kind() == null) {
			return fee;
		}
		return switch (fee.kind()) {
			case FREE -> FeeSchedule.free();
			case FIXED -> FeeSchedule.fixed(fee.amount(), fee.onlineAmount());
			case PER_PAGE -> new FeeSchedule(FeeSchedule.Kind.PER_PAGE, fee.amount(), null,
					fee.reducedAmount() == null ? null : fee.fullRatePages(), fee.reducedAmount(), fee.cap());
		};
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String upper(String value) {
		String text = text(value);
		return text == null ? null : text.toUpperCase(Locale.ROOT);
	}
}
