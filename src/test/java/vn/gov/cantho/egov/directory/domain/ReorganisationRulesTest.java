package vn.gov.cantho.egov.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.cantho.egov.directory.domain.MapFixture.BASIS;
import static vn.gov.cantho.egov.directory.domain.MapFixture.day;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.CreateUnit;
import vn.gov.cantho.egov.directory.LevelAbolished;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.RenameUnit;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.ReorganisationView;
import vn.gov.cantho.egov.directory.ReorganisationView.Involved;
import vn.gov.cantho.egov.directory.ReorganisationView.Role;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.directory.UnitsMerged;
import vn.gov.cantho.egov.shared.BusinessException;

/** Merging, abolishing a tier, creating and renaming: what the map answers before and after, and what is refused. */
class ReorganisationRulesTest {

	private static final String D = "2025-07-01";

	private MapFixture fixture;

	@BeforeEach
	void smallCity() {
		fixture = new MapFixture().smallCity();
	}

	private List<String> children(String parent, String at) {
		return fixture.map.children(parent, day(at)).stream().map(AdminUnitView::code).toList();
	}

	private ReorganisationView merge(List<String> merged, String successor, String at) {
		return fixture.reorganisations.merge(new MergeUnits(merged, successor, null, day(at), BASIS));
	}

	@Test
	void mergeEndsTheOthersAndTheSuccessorCarriesOn() {
		merge(List.of("W1", "W2"), "W2", D);

		assertThat(children("D1", "2025-06-30")).containsExactly("W1", "W2", "W3");
		assertThat(children("D1", D)).containsExactly("W2", "W3");
		assertThat(fixture.map.unit("W1", day("2025-06-30"))).get().extracting(AdminUnitView::validTo)
			.isEqualTo(day(D));
		assertThat(fixture.map.unit("W1", day(D))).isEmpty();
		assertThat(fixture.map.successor("W1", day("2025-06-30"))).get().extracting(AdminUnitView::code)
			.isEqualTo("W1");
		assertThat(fixture.map.successor("W1", day(D))).get().extracting(AdminUnitView::code).isEqualTo("W2");
		assertThat(fixture.map.successor("W1", day("2030-01-01"))).get().extracting(AdminUnitView::code)
			.isEqualTo("W2");
		assertThat(fixture.events).contains(new UnitsMerged(fixture.reorganisations.history().get(0).id(),
				List.of("W1"), "W2", day(D)));
		assertThat(fixture.audit).contains("directory.units.merged W2");
	}

	@Test
	void mergeIntoANewUnitCreatesItUnderTheCommonParent() {
		ReorganisationView merger = fixture.reorganisations
			.merge(new MergeUnits(List.of("W1", "W2"), "W9", "Phường Mới", day(D), BASIS));

		assertThat(fixture.map.unit("W9", day("2025-06-30"))).isEmpty();
		assertThat(fixture.map.unit("W9", day(D))).get()
			.satisfies(u -> assertThat(u.parentCode()).isEqualTo("D1"))
			.satisfies(u -> assertThat(u.level()).isEqualTo(UnitLevel.COMMUNE))
			.satisfies(u -> assertThat(u.name()).isEqualTo("Phường Mới"));
		assertThat(children("D1", D)).containsExactly("W3", "W9");
		assertThat(merger.units()).contains(new Involved("W9", Role.CREATED), new Involved("W9", Role.SUCCESSOR),
				new Involved("W1", Role.MERGED), new Involved("W2", Role.MERGED));
	}

	@Test
	void mergedUnitsChildrenMoveToTheSuccessor() {
		merge(List.of("D1", "D2"), "D2", D);

		assertThat(children("D2", D)).containsExactly("W1", "W2", "W3", "W4");
		assertThat(children("D2", "2025-06-30")).containsExactly("W4");
		assertThat(fixture.map.isWithin("W1", "D1", day("2025-06-30"))).isTrue();
		assertThat(fixture.map.isWithin("W1", "D2", day(D))).isTrue();
	}

	@Test
	void abolishingATierMovesChildrenToTheGrandparentAndKeepsTheOldMap() {
		fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, day(D), BASIS));

		assertThat(children("92", "2022-01-01")).containsExactly("D1", "D2");
		assertThat(children("D1", "2022-01-01")).containsExactly("W1", "W2", "W3");
		assertThat(children("92", D)).containsExactly("W1", "W2", "W3", "W4");
		assertThat(fixture.map.unit("D1", day(D))).isEmpty();
		assertThat(fixture.map.unit("W1", day(D))).get().extracting(AdminUnitView::parentCode).isEqualTo("92");
		assertThat(fixture.map.successor("D1", day("2026-01-01"))).get().extracting(AdminUnitView::code)
			.isEqualTo("92");
		assertThat(fixture.map.isWithin("W1", "D1", day("2022-01-01"))).isTrue();
		assertThat(fixture.map.isWithin("W1", "D1", day("2026-01-01"))).isFalse();
		assertThat(fixture.map.isWithin("W1", "92", day("2026-01-01"))).isTrue();
		assertThat(fixture.events).filteredOn(LevelAbolished.class::isInstance)
			.singleElement()
			.isInstanceOfSatisfying(LevelAbolished.class,
					e -> assertThat(e.abolishedCodes()).containsExactly("D1", "D2"));
		assertThat(fixture.audit).contains("directory.level.abolished DISTRICT");
	}

	@Test
	void abolitionAndMergerOnTheSameDayCompose() {
		fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, day(D), BASIS));
		merge(List.of("W1", "W2"), "W2", D);

		assertThat(children("92", D)).containsExactly("W2", "W3", "W4");
		assertThat(fixture.map.unit("W1", day("2025-06-30"))).get().extracting(AdminUnitView::parentCode)
			.isEqualTo("D1");
		assertThat(fixture.map.successor("W1", day(D))).get().extracting(AdminUnitView::code).isEqualTo("W2");
	}

	@Test
	void renameKeepsTheOldNameForEarlierDates() {
		fixture.reorganisations.rename(new RenameUnit("W4", "Phường Bốn", day("2020-01-01"), BASIS));

		assertThat(fixture.map.unit("W4", day("2019-12-31"))).get().extracting(AdminUnitView::name)
			.isEqualTo("Xã Bốn");
		assertThat(fixture.map.unit("W4", day("2020-01-01"))).get().extracting(AdminUnitView::name)
			.isEqualTo("Phường Bốn");
		assertRefused(() -> fixture.reorganisations.rename(new RenameUnit("W4", "Phường Bốn", day(D), BASIS)),
				"directory.same-name", "name");
		assertRefused(() -> fixture.reorganisations.rename(new RenameUnit("W4", "Khác", day("2015-01-01"), BASIS)),
				"directory.date-before-history", "effectiveOn");
	}

	@Test
	void historyRecordsEachReorganisationWithItsUnits() {
		fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, day(D), "Nghị quyết 202/2025/QH15"));

		ReorganisationView latest = fixture.reorganisations.history().get(0);
		assertThat(latest.kind()).isEqualTo(ReorganisationKind.ABOLITION);
		assertThat(latest.legalBasis()).isEqualTo("Nghị quyết 202/2025/QH15");
		assertThat(latest.effectiveOn()).isEqualTo(day(D));
		assertThat(latest.units()).contains(new Involved("D1", Role.ABOLISHED), new Involved("D2", Role.ABOLISHED),
				new Involved("W4", Role.REPARENTED));
	}

	@Test
	void mergingAUnitIntoItselfIsRefused() {
		assertRefused(() -> merge(List.of("W1"), "W1", D), "directory.merge-into-itself", "successorCode");
	}

	@Test
	void unknownUnitIsNotFound() {
		assertThatThrownBy(() -> merge(List.of("NOPE", "W1"), "W1", D)).isInstanceOfSatisfying(
				BusinessException.class, e -> {
					assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
					assertThat(e.code()).isEqualTo("directory.unit-not-found");
					assertThat(e.field()).isEqualTo("mergedCodes");
				});
	}

	@Test
	void dateBeforeTheUnitExistedIsRefused() {
		assertRefused(() -> merge(List.of("W3", "W1"), "W1", "2008-01-01"), "directory.unit-not-current",
				"mergedCodes");
		assertRefused(() -> merge(List.of("W3", "W1"), "W1", "2010-05-01"), "directory.date-before-history",
				"effectiveOn");
	}

	@Test
	void aUnitThatAlreadyEndedCannotBeMergedAgain() {
		merge(List.of("W1", "W2"), "W2", D);
		assertRefused(() -> merge(List.of("W1", "W3"), "W3", "2026-01-01"), "directory.unit-not-current",
				"mergedCodes");
	}

	@Test
	void aUnitCannotEndBeforeAChildPlacedUnderItLater() {
		fixture.unit("W7", "Phường Bảy", UnitLevel.COMMUNE, "D2", "2026-01-01");
		assertRefused(() -> merge(List.of("D2", "D1"), "D1", D), "directory.later-children", "effectiveOn");
	}

	@Test
	void unitsOfDifferentTiersCannotMerge() {
		assertRefused(() -> merge(List.of("W4", "D1"), "W1", D), "directory.merge-mixed-levels", "mergedCodes");
		assertRefused(() -> merge(List.of("W4", "W1"), "D1", D), "directory.merge-mixed-levels", "successorCode");
	}

	@Test
	void aNewSuccessorNeedsANameAndOneParent() {
		assertRefused(() -> merge(List.of("W1", "W2"), "W9", D), "directory.value-required", "successorName");
		assertRefused(() -> fixture.reorganisations
			.merge(new MergeUnits(List.of("W1", "W4"), "W9", "Mới", day(D), BASIS)),
				"directory.merge-different-parents", "mergedCodes");
	}

	@Test
	void theTopTierCannotBeAbolishedNorAnEmptyOne() {
		assertRefused(() -> fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.PROVINCE, day(D), BASIS)),
				"directory.top-level-abolition", "level");
		fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, day(D), BASIS));
		assertRefused(() -> fixture.reorganisations
			.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, day("2026-01-01"), BASIS)),
				"directory.nothing-to-abolish", "level");
	}

	@Test
	void creatingChecksCodeParentAndTier() {
		assertThatThrownBy(() -> fixture.unit("W1", "Trùng", UnitLevel.COMMUNE, "D1", D))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
		assertRefused(() -> fixture.unit("W8", "Xã", UnitLevel.DISTRICT, "W1", D), "directory.parent-level",
				"parentCode");
		assertRefused(() -> fixture.reorganisations
			.create(new CreateUnit("W8", "Xã", UnitLevel.COMMUNE, null, day(D), BASIS)),
				"directory.value-required", "parentCode");
		assertRefused(() -> fixture.unit("w 8", "Xã", UnitLevel.COMMUNE, "D1", D), "directory.unit-code-invalid",
				"code");
	}

	@Test
	void aReorganisationNeedsALegalBasisAndADate() {
		assertRefused(() -> fixture.reorganisations.merge(new MergeUnits(List.of("W1", "W2"), "W2", null, day(D), " ")),
				"directory.value-required", "legalBasis");
		assertRefused(() -> fixture.reorganisations.merge(new MergeUnits(List.of("W1", "W2"), "W2", null, null, BASIS)),
				"directory.value-required", "effectiveOn");
	}

	private static void assertRefused(Runnable action, String code, String field) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
			assertThat(e.code()).isEqualTo(code);
			assertThat(e.field()).isEqualTo(field);
		});
	}
}
