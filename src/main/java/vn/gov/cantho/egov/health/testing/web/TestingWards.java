package vn.gov.cantho.egov.health.testing.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;

/** The wards and communes a test site can be in, as the map stands today, in Vietnamese alphabetical order. */
@Component
class TestingWards {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private final AdministrativeMap map;
	private final Clock clock;

	TestingWards(AdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	List<AdminUnitView> wards() {
		LocalDate today = LocalDate.now(clock);
		List<AdminUnitView> wards = new ArrayList<>();
		Deque<AdminUnitView> pending = new ArrayDeque<>(map.children(null, today));
		while (!pending.isEmpty()) {
			AdminUnitView unit = pending.pop();
			if (unit.level() == UnitLevel.COMMUNE) {
				wards.add(unit);
			}
			else {
				pending.addAll(map.children(unit.code(), today));
			}
		}
		wards.sort(Comparator.comparing(AdminUnitView::name, VIETNAMESE));
		return wards;
	}

	String name(String unitCode) {
		return map.unit(unitCode, LocalDate.now(clock)).map(AdminUnitView::name).orElse(unitCode);
	}
}
