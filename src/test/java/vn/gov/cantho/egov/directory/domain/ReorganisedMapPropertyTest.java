package vn.gov.cantho.egov.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.cantho.egov.directory.domain.MapFixture.BASIS;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.RenameUnit;
import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Property: whatever sequence of reorganisations was applied (random, from a fixed seed, refused ones included), the
 * map on any date is one tree: every unit's parent exists that day on a higher tier, walking down from the top
 * reaches every unit exactly once, the communes listed are exactly that day's commune-level units in Vietnamese
 * order, and successors exist on the date asked.
 */
class ReorganisedMapPropertyTest {

	private static final LocalDate START = LocalDate.of(2004, 1, 1);

	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 10).boxed();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theMapIsATreeOnEveryDate(long seed) {
		Random random = new Random(seed);
		MapFixture fixture = new MapFixture();
		List<String> codes = new ArrayList<>();
		List<LocalDate> changes = build(fixture, random, codes);
		assertThat(fixture.reorganisations.history())
			.as("reorganisations other than creations applied with seed %s", seed)
			.anyMatch(r -> r.kind() != ReorganisationKind.CREATION);

		List<LocalDate> dates = new ArrayList<>();
		changes.forEach(d -> dates.addAll(List.of(d.minusDays(1), d)));
		for (int i = 0; i < 40; i++) {
			dates.add(LocalDate.of(2003, 1, 1).plusDays(random.nextInt(365 * 37)));
		}
		for (LocalDate date : dates) {
			assertConsistent(fixture, codes, date);
		}
	}

	private static List<LocalDate> build(MapFixture fixture, Random random, List<String> codes) {
		fixture.unit("92", "Thành phố", UnitLevel.PROVINCE, null, "2004-01-01");
		codes.add("92");
		int districts = 2 + random.nextInt(3);
		for (int d = 1; d <= districts; d++) {
			String district = "D" + d;
			LocalDate from = START.plusDays(random.nextInt(1500));
			fixture.unit(district, "Quận " + d, UnitLevel.DISTRICT, "92", from.toString());
			codes.add(district);
			for (int w = 1; w <= 2 + random.nextInt(3); w++) {
				String ward = "W" + d + w;
				fixture.unit(ward, "Phường " + ward, UnitLevel.COMMUNE, district,
						from.plusDays(random.nextInt(1500)).toString());
				codes.add(ward);
			}
		}
		List<LocalDate> changes = new ArrayList<>();
		LocalDate on = LocalDate.of(2009, 1, 1);
		for (int step = 0; step < 12; step++) {
			on = on.plusDays(30 + random.nextInt(700));
			changes.add(on);
			try {
				apply(fixture, random, codes, on, step);
			}
			catch (BusinessException refused) {
				// A random change may break a rule; the map must stay consistent either way.
			}
		}
		return changes;
	}

	private static void apply(MapFixture fixture, Random random, List<String> codes, LocalDate on, int step) {
		List<AdminUnitView> current = fixture.units.unitsAt(on);
		List<AdminUnitView> communes = current.stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
		List<AdminUnitView> districts = current.stream().filter(u -> u.level() == UnitLevel.DISTRICT).toList();
		switch (random.nextInt(5)) {
			case 0, 1 -> {
				List<AdminUnitView> pool = random.nextBoolean() || districts.size() < 2 ? communes : districts;
				if (pool.size() >= 2) {
					AdminUnitView a = pool.get(random.nextInt(pool.size()));
					AdminUnitView b = pool.get(random.nextInt(pool.size()));
					boolean fresh = random.nextBoolean();
					String successor = fresh ? "N" + step : b.code();
					fixture.reorganisations.merge(new MergeUnits(List.of(a.code(), b.code()), successor,
							"Mới " + step, on, BASIS));
					codes.add(successor);
				}
			}
			case 2 -> {
				AdminUnitView unit = current.get(random.nextInt(current.size()));
				fixture.reorganisations.rename(new RenameUnit(unit.code(), unit.name() + " mới", on, BASIS));
			}
			case 3 -> {
				List<AdminUnitView> parents = districts.isEmpty() ? List.of(current.get(0)) : districts;
				String parent = parents.get(random.nextInt(parents.size())).code();
				fixture.unit("C" + step, "Xã " + step, UnitLevel.COMMUNE, parent, on.toString());
				codes.add("C" + step);
			}
			default -> fixture.reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, on, BASIS));
		}
	}

	private static void assertConsistent(MapFixture fixture, List<String> codes, LocalDate date) {
		List<AdminUnitView> all = fixture.units.unitsAt(date);
		Map<String, AdminUnitView> byCode = all.stream()
			.collect(Collectors.toMap(AdminUnitView::code, Function.identity()));
		assertThat(byCode).as("one version per unit on %s", date).hasSameSizeAs(all);
		for (AdminUnitView unit : all) {
			assertThat(!unit.validFrom().isAfter(date) && (unit.validTo() == null || unit.validTo().isAfter(date)))
				.as("%s exists on %s", unit, date)
				.isTrue();
			if (unit.parentCode() == null) {
				assertThat(unit.level()).as("top-level unit %s on %s", unit, date).isEqualTo(UnitLevel.PROVINCE);
			}
			else {
				AdminUnitView parent = byCode.get(unit.parentCode());
				assertThat(parent).as("parent of %s on %s", unit, date).isNotNull();
				assertThat(parent.level().ordinal()).as("tier of %s's parent", unit).isLessThan(unit.level().ordinal());
			}
		}
		Set<String> reached = new HashSet<>();
		walk(fixture, null, date, reached);
		assertThat(reached).as("units reached from the top on %s", date).isEqualTo(byCode.keySet());
		List<AdminUnitView> communes = fixture.map.communes(date);
		assertThat(communes).as("communes on %s", date)
			.containsExactlyInAnyOrderElementsOf(all.stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList());
		assertThat(communes).extracting(AdminUnitView::name)
			.as("communes on %s in Vietnamese order", date)
			.isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("vi")));
		for (String code : codes) {
			fixture.map.successor(code, date)
				.ifPresent(s -> assertThat(byCode).as("successor of %s on %s", code, date).containsKey(s.code()));
		}
	}

	private static void walk(MapFixture fixture, String parent, LocalDate date, Set<String> reached) {
		for (AdminUnitView child : fixture.map.children(parent, date)) {
			assertThat(reached.add(child.code())).as("%s reached once on %s", child.code(), date).isTrue();
			walk(fixture, child.code(), date, reached);
		}
	}
}
