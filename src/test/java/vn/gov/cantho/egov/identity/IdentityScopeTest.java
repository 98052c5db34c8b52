package vn.gov.cantho.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.identity.domain.ScopePolicy;

/**
 * Scope rules on a small map: city CT with district NK (until 2025-07-01) and wards CK, HT below it; after the
 * reorganisation the wards sit directly under the city.
 */
class IdentityScopeTest {

	static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	final Map<String, AgencyView> agencies = Map.of("UBND-TP", agency("UBND-TP", "CT"), "SYT", agency("SYT", "CT"),
			"UBND-NK", agency("UBND-NK", "NK"), "UBND-CK", agency("UBND-CK", "CK"), "UBND-HT",
			agency("UBND-HT", "HT"));

	final AgencyDirectory directory = new AgencyDirectory() {
		@Override
		public Optional<AgencyView> agency(String code) {
			return Optional.ofNullable(agencies.get(code));
		}

		@Override
		public List<AgencyView> agencies() {
			return List.copyOf(agencies.values());
		}
	};

	final AdministrativeMap map = new AdministrativeMap() {
		@Override
		public Optional<AdminUnitView> unit(String code, LocalDate at) {
			return Optional.empty();
		}

		@Override
		public List<AdminUnitView> children(String parentCode, LocalDate at) {
			return List.of();
		}

		@Override
		public boolean isWithin(String unit, String ancestor, LocalDate at) {
			if (unit.equals(ancestor)) {
				return true;
			}
			String parent = parent(unit, at);
			return parent != null && isWithin(parent, ancestor, at);
		}

		private String parent(String unit, LocalDate at) {
			return switch (unit) {
				case "NK" -> at.isBefore(AFTER) ? "CT" : null;
				case "CK", "HT" -> at.isBefore(AFTER) ? "NK" : "CT";
				default -> null;
			};
		}

		@Override
		public Optional<AdminUnitView> successor(String code, LocalDate at) {
			return Optional.empty();
		}

		@Override
		public List<AdminUnitView> communes(LocalDate at) {
			return List.of();
		}
	};

	final ScopePolicy policy = new ScopePolicy(directory, map);

	@Test
	void ownAgencyCoversOnlyItself() {
		Actor officer = actor("UBND-CK", Scope.OWN_AGENCY);

		assertThat(policy.covers(officer, "UBND-CK", AFTER)).isTrue();
		assertThat(policy.covers(officer, "UBND-HT", AFTER)).isFalse();
		assertThat(policy.covers(officer, "UBND-TP", AFTER)).isFalse();
	}

	@Test
	void agencyAndBelowCoversAgenciesOfUnitsBelowOnTheGivenDay() {
		Actor cityLeader = actor("UBND-TP", Scope.AGENCY_AND_BELOW);
		Actor districtLeader = actor("UBND-NK", Scope.AGENCY_AND_BELOW);

		assertThat(policy.covers(cityLeader, "UBND-TP", AFTER)).isTrue();
		assertThat(policy.covers(cityLeader, "UBND-CK", AFTER)).isTrue();
		assertThat(policy.covers(cityLeader, "UBND-CK", BEFORE)).isTrue();
		assertThat(policy.covers(districtLeader, "UBND-CK", BEFORE)).isTrue();
		assertThat(policy.covers(districtLeader, "UBND-CK", AFTER)).as("the district tier is gone").isFalse();
	}

	@Test
	void agencyAndBelowDoesNotCoverSiblingsOnTheSameUnitNorAgenciesAbove() {
		Actor cityLeader = actor("UBND-TP", Scope.AGENCY_AND_BELOW);
		Actor wardLeader = actor("UBND-CK", Scope.AGENCY_AND_BELOW);

		assertThat(policy.covers(cityLeader, "SYT", AFTER)).isFalse();
		assertThat(policy.covers(wardLeader, "SYT", AFTER)).isFalse();
		assertThat(policy.covers(wardLeader, "UBND-TP", AFTER)).isFalse();
		assertThat(policy.covers(wardLeader, "UBND-HT", AFTER)).isFalse();
		assertThat(policy.covers(wardLeader, "UNKNOWN", AFTER)).isFalse();
	}

	@Test
	void allCoversEveryAgencyAndNoneCoversNothing() {
		assertThat(policy.covers(actor("UBND-TP", Scope.ALL), "UBND-HT", AFTER)).isTrue();
		assertThat(policy.covers(actor(null, Scope.ALL), "SYT", AFTER)).isTrue();
		assertThat(policy.covers(actor(null, Scope.NONE), "SYT", AFTER)).isFalse();
		assertThat(policy.covers(actor("SYT", Scope.NONE), "SYT", AFTER)).isFalse();
	}

	@Test
	void nobodyAndNothingAreNeverCovered() {
		assertThat(policy.covers(null, "SYT", AFTER)).isFalse();
		assertThat(policy.covers(actor("SYT", Scope.ALL), null, AFTER)).isFalse();
		assertThat(policy.covers(actor(null, Scope.OWN_AGENCY), "SYT", AFTER)).isFalse();
		assertThat(policy.covers(actor(null, Scope.AGENCY_AND_BELOW), "SYT", AFTER)).isFalse();
	}

	@Test
	void theWidestScopeOfSeveralRolesWins() {
		assertThat(Scope.OWN_AGENCY.widest(Scope.AGENCY_AND_BELOW)).isEqualTo(Scope.AGENCY_AND_BELOW);
		assertThat(Scope.ALL.widest(Scope.NONE)).isEqualTo(Scope.ALL);
		assertThat(Scope.NONE.widest(Scope.NONE)).isEqualTo(Scope.NONE);
	}

	private static Actor actor(String agency, Scope scope) {
		return new Actor("someone", "Someone", agency == null ? AccountKind.CITIZEN : AccountKind.OFFICIAL, agency,
				Set.of(), Set.of(), scope);
	}

	private static AgencyView agency(String code, String unit) {
		return new AgencyView(code, code, code, AgencyKind.OTHER, UnitLevel.COMMUNE, unit, true);
	}
}
