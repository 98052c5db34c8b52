package vn.gov.cantho.egov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.cantho.egov.procedure.ProcedureBuilder.aProcedure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.audit.AuditEntry;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;
import vn.gov.cantho.egov.shared.BusinessException;

/** Creating and changing procedures: every broken rule named, each change audited and announced. */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "catalogue.admin", authorities = "PROCEDURE_MANAGE")
class ProcedureAdministrationTest {

	@Autowired
	ProcedureAdministration administration;

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEvents events;

	List<String> audited(String code) {
		return trail.search(new AuditQuery(null, "procedure.", code, null, null), 0)
			.entries()
			.stream()
			.map(AuditEntry::action)
			.toList();
	}

	@Test
	void aNewProcedureIsStoredAuditedAndAnnounced() {
		ProcedureBuilder builder = aProcedure().named("Cấp giấy phép thử", "Test permit");
		ProcedureView created = administration.create(builder.build());

		assertThat(catalogue.procedure(builder.code())).contains(created);
		assertThat(created.active()).isTrue();
		assertThat(audited(builder.code())).containsExactly("procedure.procedure.created");
		assertThat(trail.search(new AuditQuery(null, null, builder.code(), null, null), 0).entries().get(0).actor())
			.isEqualTo("catalogue.admin");
		assertThat(events.stream(ProcedurePublished.class))
			.containsExactly(new ProcedurePublished(builder.code(), "UBND-CAIKHE"));
	}

	@Test
	void severalBrokenRulesAreReportedTogetherEachOnItsField() {
		ProcedureDefinition broken = aProcedure().named("", "Name")
			.agency("NO-SUCH-AGENCY")
			.fee(FeeSchedule.fixed(0, null))
			.documents(new RequiredDocument("x", "Giấy tờ", "", DocumentForm.COPY, 1, true))
			.build();

		assertThatThrownBy(() -> administration.create(broken)).isInstanceOfSatisfying(BusinessException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
			assertThat(e.errors()).extracting(BusinessException::field)
				.containsExactly("nameVi", "agencyCode", "fee.amount", "documents[0].nameEn");
		});
		assertThat(catalogue.procedure(broken.code())).isEmpty();
		assertThat(audited(broken.code())).isEmpty();
	}

	@Test
	void aCodeIsTakenOnce() {
		ProcedureDefinition first = aProcedure().build();
		administration.create(first);
		assertThatThrownBy(() -> administration.create(first)).isInstanceOfSatisfying(BusinessException.class, e -> {
			assertThat(e.code()).isEqualTo("procedure.exists");
			assertThat(e.field()).isEqualTo("code");
		});
	}

	@Test
	void anUpdateReplacesDocumentsAndFieldsAndRefusesAStaleVersion() {
		ProcedureBuilder builder = aProcedure();
		administration.create(builder.build());
		ProcedureDefinition changed = builder.named("Tên mới", "New name")
			.documents(new RequiredDocument("", "Đơn đề nghị", "Application", DocumentForm.ORIGINAL, 2, true),
					new RequiredDocument("anh", "Ảnh", "Photo", DocumentForm.ORIGINAL, 1, false))
			.formFields()
			.notes("Ghi chú thử")
			.build();

		ProcedureView updated = administration.update(builder.code(), changed, 0);

		assertThat(updated.nameVi()).isEqualTo("Tên mới");
		assertThat(catalogue.procedure(builder.code()).orElseThrow().documents()).extracting(RequiredDocument::code)
			.containsExactly("don-de-nghi", "anh");
		assertThat(catalogue.procedure(builder.code()).orElseThrow().formFields()).isEmpty();
		assertThat(events.stream(ProcedureChanged.class)).contains(new ProcedureChanged(builder.code(), "UBND-CAIKHE",
				true));
		assertThatThrownBy(() -> administration.update(builder.code(), changed, 0))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.code()).isEqualTo("procedure.changed-meanwhile");
				assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
			});
		assertThat(audited(builder.code())).containsExactlyInAnyOrder("procedure.procedure.created",
				"procedure.procedure.updated");
	}

	@Test
	void theCatalogueNeverAnswersWithAProcedureOlderThanItsRow() {
		ProcedureBuilder builder = aProcedure();
		String code = administration.create(builder.build()).code();
		assertThat(catalogue.procedure(code).orElseThrow().nameVi()).as("read once, kept by this node")
			.isNotEqualTo("Tên sau khi sửa");

		administration.update(code, builder.named("Tên sau khi sửa", "Name after the change").build(), 0);
		assertThat(catalogue.procedure(code).orElseThrow().nameVi()).isEqualTo("Tên sau khi sửa");

		administration.deactivate(code);
		assertThat(catalogue.procedure(code).orElseThrow().active()).isFalse();
	}

	@Test
	void updatingAProcedureThatDoesNotExistIsNotFound() {
		assertThatThrownBy(() -> administration.update("NO-SUCH", aProcedure().build(), null))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("procedure.not-found"));
	}

	@Test
	void deactivatingAndActivatingAreAuditedOnceEach() {
		String code = administration.create(aProcedure().build()).code();
		assertThat(administration.deactivate(code).active()).isFalse();
		assertThat(administration.deactivate(code).active()).as("already withdrawn: nothing changes").isFalse();
		assertThat(administration.activate(code).active()).isTrue();
		assertThat(audited(code)).containsExactlyInAnyOrder("procedure.procedure.created",
				"procedure.procedure.deactivated", "procedure.procedure.activated");
		assertThat(events.stream(ProcedureChanged.class)).containsExactly(
				new ProcedureChanged(code, "UBND-CAIKHE", false), new ProcedureChanged(code, "UBND-CAIKHE", true));
	}

	@Test
	@WithMockUser(authorities = "DIRECTORY_READ")
	void withoutThePermissionNothingChanges() {
		ProcedureDefinition definition = aProcedure().build();
		assertThatThrownBy(() -> administration.create(definition)).isInstanceOf(AuthorizationDeniedException.class);
		assertThat(catalogue.procedure(definition.code())).isEmpty();
	}
}
