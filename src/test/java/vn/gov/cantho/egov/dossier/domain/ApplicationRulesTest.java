package vn.gov.cantho.egov.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.gov.cantho.egov.dossier.DossierBuilder.aDossier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.DossierBuilder;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/** An application checked against its procedure: everything wrong is reported at once, on the field concerned. */
class ApplicationRulesTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-09T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
	static final Instant LATER = Instant.parse("2026-01-10T03:00:00Z");
	static final ApplicationRules.Submitter CITIZEN = new ApplicationRules.Submitter("citizen", "citizen", "key-1");

	final ApplicationRules rules = new ApplicationRules(new FormRules(CLOCK), JsonMapper.builder().build(), CLOCK);

	final Map<String, FileStore.Pending> uploads = Map.of(
			"u-1", pending("u-1", "citizen", FileType.PDF, LATER),
			"u-2", pending("u-2", "citizen", FileType.JPEG, LATER),
			"u-other", pending("u-other", "someone-else", FileType.PDF, LATER),
			"u-expired", pending("u-expired", "citizen", FileType.PDF, CLOCK.instant()));

	static FileStore.Pending pending(String id, String owner, FileType type, Instant expires) {
		return new FileStore.Pending(id, owner, type, expires, id + ".pdf", 100, CLOCK.instant());
	}

	static DossierBuilder valid() {
		return aDossier().field("hoTen", "Trần Thị Thử")
			.field("ngaySinh", "1990-05-17")
			.field("soDinhDanh", "092190123456")
			.document("TO-KHAI", "u-1")
			.document("ANH", "u-2");
	}

	@Test
	void aValidApplicationIsNormalised() {
		NewDossier checked = rules.check(TestProcedures.passport(),
				valid().applicant(" Trần Thị Thử (test) ", "+84 901 234 567")
					.email(" thu@example.vn ")
					.field("loaiHoChieu", "GAP")
					.language("en")
					.build(),
				SubmissionChannel.ONLINE, CITIZEN, uploads);

		assertThat(checked.applicantName()).isEqualTo("Trần Thị Thử (test)");
		assertThat(checked.phone()).isEqualTo("0901234567");
		assertThat(checked.email()).isEqualTo("thu@example.vn");
		assertThat(checked.language()).isEqualTo("en");
		assertThat(checked.fee()).isEqualTo(200_000);
		assertThat(checked.owner()).isEqualTo("citizen");
		assertThat(checked.formValuesJson()).contains("\"loaiHoChieu\":\"GAP\"", "\"hoTen\":\"Trần Thị Thử\"");
		assertThat(checked.documents()).hasSize(2);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnceOnItsField() {
		DossierApplication application = aDossier().applicant(" ", "0123")
			.email("not-an-email")
			.citizenId("000000000000")
			.field("ngaySinh", "17/05/1990")
			.field("soDinhDanh", "092190123456")
			.field("loaiHoChieu", "VIP")
			.field("maBuuChinh", "9000")
			.field("mauSac", "xanh")
			.document("TO-KHAI", "u-other")
			.document("GIAY-KHAC", "u-1")
			.byPost(" ")
			.build();

		assertThat(fields(application, SubmissionChannel.ONLINE)).containsExactlyInAnyOrder(
				"applicant.fullName dossier.applicant-name-required", "applicant.phone dossier.invalid-phone",
				"applicant.email dossier.invalid-email", "applicant.citizenId dossier.invalid-citizen-id",
				"formValues.mauSac dossier.unknown-field", "formValues.hoTen dossier.field-required",
				"formValues.ngaySinh dossier.field-invalid", "formValues.loaiHoChieu dossier.field-invalid",
				"formValues.maBuuChinh dossier.field-invalid", "documents.TO-KHAI dossier.upload-not-found",
				"documents.GIAY-KHAC dossier.unknown-document", "documents.ANH dossier.document-missing",
				"postalAddress dossier.postal-address-required");
	}

	@Test
	void uploadsMustBeTheCallersUnexpiredAndUsedOnce() {
		assertThat(fields(valid().document("HO-CHIEU-CU", "u-expired").build(), SubmissionChannel.ONLINE))
			.containsExactly("documents.HO-CHIEU-CU dossier.upload-not-found");
		assertThat(fields(valid().document("HO-CHIEU-CU", "u-1").build(), SubmissionChannel.ONLINE))
			.containsExactly("documents.HO-CHIEU-CU dossier.upload-used-twice");
		assertThat(fields(valid().document("HO-CHIEU-CU", "u-missing").build(), SubmissionChannel.ONLINE))
			.containsExactly("documents.HO-CHIEU-CU dossier.upload-not-found");
	}

	@Test
	void counterRegistrationsBringPaperSoFilesAreOptionalButDeliveryStillChecked() {
		DossierApplication paper = aDossier().field("hoTen", "Trần Thị Thử")
			.field("ngaySinh", "1990-05-17")
			.field("soDinhDanh", "092190123456")
			.build();
		NewDossier checked = rules.check(TestProcedures.passport(), paper, SubmissionChannel.COUNTER,
				new ApplicationRules.Submitter("officer", null, "key-2"), uploads);
		assertThat(checked.owner()).isNull();
		assertThat(checked.submittedBy()).isEqualTo("officer");
		assertThat(fields(aDossier().delivery(DeliveryOption.ONLINE).build(), SubmissionChannel.COUNTER))
			.contains("delivery dossier.delivery-not-offered");
		assertThat(fields(aDossier().delivery(null).build(), SubmissionChannel.COUNTER))
			.contains("delivery dossier.delivery-required");
	}

	@ParameterizedTest
	@CsvSource({ "0901234567, 0901234567", "090 123 4567, 0901234567", "+84901234567, 0901234567",
			"84901234567, 0901234567", "0389.123.456, 0389123456", "(079) 123-4567, 0791234567" })
	void mobileNumbersAreNormalised(String typed, String stored) {
		assertThat(Contacts.mobile(typed)).contains(stored);
	}

	@ParameterizedTest
	@CsvSource({ "0291123456", "0123456789", "090123456", "09012345678", "+1 650 555 0100", "abc" })
	void landlinesAndForeignOrMalformedNumbersAreNotMobiles(String typed) {
		assertThat(Contacts.mobile(typed)).isEmpty();
	}

	private List<String> fields(DossierApplication application, SubmissionChannel channel) {
		Throwable thrown = catchThrowable(() -> rules.check(TestProcedures.passport(), application, channel,
				channel == SubmissionChannel.ONLINE ? CITIZEN : new ApplicationRules.Submitter("officer", null, "k"),
				uploads));
		assertThat(thrown).isInstanceOf(BusinessException.class);
		return ((BusinessException) thrown).errors().stream().map(e -> e.field() + " " + e.code()).toList();
	}
}
