package vn.gov.cantho.egov.procedure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;
import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;

/** The demo catalogue: loaded through the catalogue's own rules, on existing demo agencies, once. */
@IntegrationTest
class ProcedureDemoDataTest {

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	ProcedureDemoData loader;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	FieldCatalogue fields;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoProcedureIsThereOnAnActiveDemoAgencyAndAKnownField() {
		List<DemoProcedure> demo = ProcedureDemoData.procedures();
		assertThat(demo).hasSizeBetween(18, 22);
		for (DemoProcedure procedure : demo) {
			ProcedureView stored = catalogue.procedure(procedure.code()).orElseThrow();
			assertThat(agencies.agency(stored.agencyCode())).as(stored.code())
				.hasValueSatisfying(a -> assertThat(a.active()).isTrue());
			assertThat(fields.field(stored.fieldCode())).as(stored.code()).isPresent();
			assertThat(stored.documents()).as(stored.code()).anyMatch(RequiredDocument::mandatory);
		}
	}

	@Test
	void thePassportIsAFullOnlineImmigrationProcedureWithOneMandatoryDocument() {
		ProcedureView passport = catalogue.procedure("1.001456").orElseThrow();
		assertThat(passport.nameVi()).isEqualTo("Cấp hộ chiếu phổ thông ở trong nước");
		assertThat(passport.agencyCode()).isEqualTo("CA-XNC");
		assertThat(passport.onlineMode()).isEqualTo(OnlineMode.FULL);
		assertThat(passport.timeLimit()).isEqualTo(TimeLimit.workingDays(8));
		assertThat(passport.fee()).isEqualTo(FeeSchedule.fixed(200_000, null));
		assertThat(passport.documents()).filteredOn(RequiredDocument::mandatory)
			.singleElement()
			.satisfies(d -> assertThat(d.form()).isEqualTo(DocumentForm.ORIGINAL));
		assertThat(passport.formFields()).extracting(FormField::key)
			.containsExactly("fullName", "dateOfBirth", "placeOfBirth", "citizenId", "phone", "email");
		assertThat(passport.formFields()).filteredOn(f -> f.key().equals("citizenId"))
			.singleElement()
			.satisfies(f -> assertThat("092095001234").matches(f.pattern()));
	}

	@Test
	void communeProceduresGoToCaiKheOrHungThanhAndTheCertifiedCopyIsChargedPerPage() {
		assertThat(catalogue.procedure("DEMO-07").orElseThrow().agencyCode()).isEqualTo("UBND-CAIKHE");
		ProcedureView copy = catalogue.procedure("DEMO-12").orElseThrow();
		assertThat(copy.agencyCode()).isEqualTo("UBND-CAIKHE");
		assertThat(copy.fee().feeFor(false, 3)).isEqualTo(5_000);
		assertThat(copy.fee().feeFor(false, 400)).isEqualTo(200_000);
		assertThat(catalogue.procedure("DEMO-15").orElseThrow().agencyCode()).isEqualTo("UBND-HUNGTHANH");
	}

	@Test
	void proceduresWithUnknownValuesSayWhatIsAPlaceholder() {
		String notes = jdbc.sql("SELECT notes FROM procedure_definition WHERE code = 'DEMO-03'")
			.query(String.class)
			.single();
		assertThat(notes).startsWith("Dữ liệu mẫu (demo)").contains("chưa rõ", "placeholder");
		assertThat(catalogue.procedure("DEMO-03").orElseThrow().onlineMode()).isEqualTo(OnlineMode.NONE);
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = jdbc.sql("SELECT COUNT(*) FROM procedure_definition").query(Long.class).single();
		int created = trail.search(new AuditQuery(null, "procedure.procedure.created", "1.001456", null, null), 0)
			.entries()
			.size();
		loader.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM procedure_definition").query(Long.class).single())
			.isEqualTo(before);
		assertThat(trail.search(new AuditQuery(null, "procedure.procedure.created", "1.001456", null, null), 0)
			.entries()).hasSize(created).isNotEmpty();
	}
}
