package vn.gov.cantho.egov.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.procedure.ProcedureBuilder.aProcedure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.FormField.FieldType;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;
import vn.gov.cantho.egov.shared.BusinessException;

/** The rules a procedure passes before it is published, against a small fixed directory. */
class ProcedureRulesTest {

	static final Map<String, AgencyView> AGENCIES = Map.of("UBND-CAIKHE",
			new AgencyView("UBND-CAIKHE", "UBND phường Cái Khế", "Cai Khe", AgencyKind.PEOPLES_COMMITTEE,
					UnitLevel.COMMUNE, "31117", true),
			"UBND-OLD", new AgencyView("UBND-OLD", "UBND cũ", "Old", AgencyKind.PEOPLES_COMMITTEE, UnitLevel.DISTRICT,
					"916", false));

	final ProcedureRules rules = new ProcedureRules(new AgencyDirectory() {
		@Override
		public Optional<AgencyView> agency(String code) {
			return Optional.ofNullable(AGENCIES.get(code));
		}

		@Override
		public List<AgencyView> agencies() {
			return List.copyOf(AGENCIES.values());
		}
	}, new FieldCatalogue() {
		@Override
		public Optional<FieldView> field(String code) {
			return fields().stream().filter(f -> f.code().equals(code)).findFirst();
		}

		@Override
		public List<FieldView> fields() {
			return List.of(new FieldView("HO-TICH", "Hộ tịch", "Civil status"));
		}
	});

	List<String> failures(ProcedureDefinition definition) {
		return rules.problems(rules.normalise(definition)).stream().map(e -> e.field() + " " + e.code()).toList();
	}

	@Test
	void aCompleteDefinitionPasses() {
		assertThat(failures(aProcedure().build())).isEmpty();
	}

	@Test
	void everyMissingValueIsReportedOnItsOwnField() {
		ProcedureDefinition empty = new ProcedureDefinition(" ", "", null, null, null, "", null, null, null, null, null,
				null, null, null, null);
		assertThat(failures(empty)).containsExactly("code procedure.value-required",
				"nameVi procedure.value-required", "nameEn procedure.value-required",
				"fieldCode procedure.value-required", "level procedure.value-required",
				"agencyCode procedure.value-required", "timeLimit.kind procedure.value-required",
				"fee.kind procedure.value-required", "onlineMode procedure.value-required",
				"resultForm procedure.value-required", "deliveries procedure.no-delivery");
	}

	@Test
	void unknownOrClosedAgenciesAndUnknownFieldsAreRefused() {
		assertThat(failures(aProcedure().agency("NOPE").field("NOPE").build()))
			.containsExactly("fieldCode procedure.unknown-field", "agencyCode procedure.unknown-agency");
		assertThat(failures(aProcedure().agency("UBND-OLD").build()))
			.containsExactly("agencyCode procedure.agency-inactive");
	}

	@Test
	void codesAreUpperCasedAndChecked() {
		assertThat(rules.normalise(aProcedure().code(" demo-01 ").build()).code()).isEqualTo("DEMO-01");
		assertThat(failures(aProcedure().code("1 001 456").build())).containsExactly("code procedure.code-invalid");
	}

	@Test
	void workingDaysMustBeBetweenOneAndAYearButOtherLimitsIgnoreThem() {
		assertThat(failures(aProcedure().timeLimit(TimeLimit.Kind.WORKING_DAYS, 0).build()))
			.containsExactly("timeLimit.workingDays procedure.days-out-of-range");
		assertThat(failures(aProcedure().timeLimit(TimeLimit.Kind.WORKING_DAYS, null).build()))
			.containsExactly("timeLimit.workingDays procedure.value-required");
		ProcedureDefinition sameDay = rules.normalise(aProcedure().timeLimit(TimeLimit.Kind.SAME_DAY, 40).build());
		assertThat(rules.problems(sameDay)).isEmpty();
		assertThat(ProcedureRules.view("X", sameDay, true).timeLimit()).isEqualTo(TimeLimit.sameDay());
	}

	@Test
	void feesMustBePositiveCheaperOnlineAndCappedAboveOnePage() {
		assertThat(failures(aProcedure().fee(FeeSchedule.fixed(0, null)).build()))
			.containsExactly("fee.amount procedure.amount-positive");
		assertThat(failures(aProcedure().fee(FeeSchedule.fixed(10_000, 20_000L)).build()))
			.containsExactly("fee.onlineAmount procedure.online-fee-higher");
		assertThat(failures(aProcedure()
			.fee(new FeeSchedule(FeeSchedule.Kind.PER_PAGE, 2_000, null, null, 3_000L, 1_000L))
			.build())).containsExactly("fee.reducedAmount procedure.reduced-fee-higher",
					"fee.fullRatePages procedure.value-required", "fee.cap procedure.cap-below-amount");
		assertThat(failures(aProcedure().fee(FeeSchedule.fixed(-1, -5L)).build()))
			.containsExactly("fee.amount procedure.amount-positive", "fee.onlineAmount procedure.amount-negative");
	}

	@Test
	void aFreeFeeDropsStrayAmounts() {
		ProcedureDefinition free = rules
			.normalise(aProcedure().fee(new FeeSchedule(FeeSchedule.Kind.FREE, 5, 3L, 2, 1L, 9L)).build());
		assertThat(free.fee()).isEqualTo(FeeSchedule.free());
	}

	@Test
	void theResultMustBeAbleToReachTheApplicant() {
		assertThat(failures(aProcedure().result(ResultForm.PAPER, EnumSet.of(DeliveryOption.ONLINE)).build()))
			.containsExactly("deliveries procedure.online-delivery-needs-e-result");
		assertThat(failures(aProcedure().online(OnlineMode.FULL)
			.result(ResultForm.PAPER, EnumSet.of(DeliveryOption.COUNTER))
			.build())).containsExactly("deliveries procedure.full-online-needs-remote-delivery");
		assertThat(failures(aProcedure().online(OnlineMode.PARTIAL)
			.result(ResultForm.PAPER, EnumSet.of(DeliveryOption.COUNTER))
			.build())).isEmpty();
	}

	@Test
	void rowsAreCheckedOneByOneAndNamedByTheirIndex() {
		ProcedureDefinition definition = aProcedure()
			.documents(new RequiredDocument("to-khai", "Tờ khai", "Form", DocumentForm.ORIGINAL, 1, true),
					new RequiredDocument("to-khai", "Tờ khai khác", "", DocumentForm.COPY, 0, false))
			.formFields(new FormField("1st", "Họ tên", "Name", FieldType.TEXT, true, 0, "[unclosed", List.of("a")),
					new FormField("choice", "Chọn", "Choose", FieldType.CHOICE, true, null, null, List.of(" ")))
			.build();
		assertThat(failures(definition)).containsExactly("documents[1].code procedure.duplicate-document-code",
				"documents[1].nameEn procedure.value-required", "documents[1].copies procedure.copies-out-of-range",
				"formFields[0].key procedure.field-key-invalid",
				"formFields[0].options procedure.options-only-for-choice",
				"formFields[0].maxLength procedure.max-length-out-of-range",
				"formFields[0].pattern procedure.pattern-invalid",
				"formFields[1].options procedure.choice-needs-options");
	}

	@Test
	void blankCodesAndKeysAreDerivedFromTheVietnameseNameAndKeptUnique() {
		ProcedureDefinition definition = rules.normalise(aProcedure()
			.documents(new RequiredDocument("", "Tờ khai đề nghị", "Form", DocumentForm.ORIGINAL, 1, true),
					new RequiredDocument(null, "Tờ khai đề nghị", "Form again", DocumentForm.COPY, 1, false))
			.formFields(new FormField(" ", "1. Họ và tên", "Name", FieldType.TEXT, true, null, null, List.of()))
			.build());
		assertThat(definition.documents()).extracting(RequiredDocument::code)
			.containsExactly("to-khai-de-nghi", "to-khai-de-nghi-2");
		assertThat(definition.formFields().get(0).key()).isEqualTo("truong-1-ho-va-ten");
		assertThat(rules.problems(definition)).isEmpty();
	}

	@Test
	void errorMessagesNameTheFieldByItsLabelAndRowInBothLanguages() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:i18n/procedure/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		List<BusinessException> errors = rules.problems(rules.normalise(aProcedure().named("", "Test")
			.documents(new RequiredDocument("a", "Tên", null, DocumentForm.ORIGINAL, 1, true))
			.build()));
		assertThat(errors).extracting(BusinessException::field).containsExactly("nameVi", "documents[0].nameEn");
		assertThat(errors).extracting(e -> messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("vi")))
			.containsExactly("Cần nhập tên thủ tục (tiếng Việt).", "Cần nhập tên giấy tờ (tiếng Anh) ở dòng 1.");
		assertThat(errors).extracting(e -> messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH))
			.containsExactly("Please enter the Vietnamese name.",
					"Please enter the document name in English in row 1.");
	}
}
