package vn.gov.cantho.egov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.cantho.egov.procedure.ProcedureBuilder.aProcedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Search by words without accents in both languages and by code, with filters and pages. Runs on the demo data
 * and on procedures it creates with a word of its own, so other rows in a shared database do not matter.
 */
@IntegrationTest
@WithMockUser(authorities = "PROCEDURE_MANAGE")
class ProcedureSearchTest {

	@Autowired
	ProcedureCatalogue catalogue;

	@Autowired
	ProcedureAdministration administration;

	/** A made-up word that no other procedure's name contains. */
	final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	static ProcedureQuery text(String text) {
		return new ProcedureQuery(text, null, null, null, null, 0, 50);
	}

	List<String> codes(ProcedureQuery query) {
		return catalogue.search(query).items().stream().map(ProcedureView::code).toList();
	}

	@Test
	void wordsWithoutAccentsFindTheVietnameseName() {
		assertThat(codes(text("ho chieu"))).contains("1.001456");
		assertThat(codes(text("HỘ CHIẾU"))).contains("1.001456");
		assertThat(codes(text("chieu pho thong ho"))).as("words in any order").contains("1.001456");
		assertThat(codes(text("dang ky khai sinh"))).contains("DEMO-07").doesNotContain("1.001456");
	}

	@Test
	void englishNamesAndCodesAreFoundToo() {
		assertThat(codes(text("passport"))).contains("1.001456");
		assertThat(codes(text("1.001456"))).containsExactly("1.001456");
		assertThat(codes(text("demo-12"))).containsExactly("DEMO-12");
	}

	@Test
	void likeWildcardsInTheTextAreTakenLiterally() {
		assertThat(catalogue.search(text("%")).total()).isZero();
		assertThat(catalogue.search(text("_")).total()).isZero();
	}

	@Test
	void filtersNarrowByFieldAgencyLevelAndOnlineMode() {
		List<ProcedureView> civilStatus = catalogue
			.search(new ProcedureQuery(null, "HO-TICH", null, null, null, 0, 100))
			.items();
		assertThat(civilStatus).isNotEmpty().allMatch(p -> p.fieldCode().equals("HO-TICH"));
		assertThat(codes(new ProcedureQuery(null, null, "CA-XNC", null, OnlineMode.FULL, 0, 100)))
			.contains("1.001456", "1.004222")
			.doesNotContain("DEMO-03");
		assertThat(catalogue.search(new ProcedureQuery(null, null, null, ProcedureLevel.COMMUNE, OnlineMode.NONE, 0,
				100)).items()).isNotEmpty()
			.allMatch(p -> p.level() == ProcedureLevel.COMMUNE && p.onlineMode() == OnlineMode.NONE);
		assertThat(codes(new ProcedureQuery("ho chieu", "HO-TICH", null, null, null, 0, 10))).isEmpty();
	}

	@Test
	void pagesSplitTheMatchesWithoutGapsOrRepeats() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			created.add(administration.create(aProcedure().named("Thủ tục " + word + " số " + i, "Procedure " + i)
				.build()).code());
		}
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			ProcedurePage found = catalogue.search(new ProcedureQuery(word, null, null, null, null, page, 3));
			assertThat(found.total()).isEqualTo(7);
			assertThat(found.items()).hasSize(page < 2 ? 3 : 1);
			found.items().forEach(p -> seen.add(p.code()));
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
		assertThat(catalogue.search(new ProcedureQuery(word, null, null, null, null, 3, 3)).items()).isEmpty();
	}

	@Test
	void withdrawnProceduresAreNotFoundButStayReadableByCode() {
		String code = administration.create(aProcedure().named("Thủ tục " + word, "Withdrawn")
			.result(vn.gov.cantho.egov.procedure.ResultForm.PAPER, EnumSet.of(DeliveryOption.POST))
			.build()).code();
		assertThat(codes(text(word))).containsExactly(code);
		administration.deactivate(code);
		assertThat(codes(text(word))).isEmpty();
		assertThat(catalogue.procedure(code)).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
	}

	@Test
	void pageAndSizeOutsideTheirRangeAreRefusedByName() {
		assertThatThrownBy(() -> catalogue.search(new ProcedureQuery(null, null, null, null, null, -1, 10)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("page"));
		assertThatThrownBy(() -> catalogue.search(new ProcedureQuery(null, null, null, null, null, 0, 101)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("size"));
	}
}
