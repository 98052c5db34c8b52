package vn.gov.cantho.egov.health.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;

/**
 * The wards and communes a venue or a test site can be in, as the administrative map stands today, in Vietnamese
 * alphabetical order; and a ward's name for the venue pages (a merged ward shows under the name of its successor).
 */
@Component
public class HealthWards {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private final AdministrativeMap map;
	private final Clock clock;

	HealthWards(AdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	/** Every commune-level unit below the top-level units, whatever the tiers in between on the day. */
	public List<AdminUnitView> wards() {
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

	boolean isWard(String code) {
		return code != null && map.unit(code, LocalDate.now(clock)).filter(u -> u.level() == UnitLevel.COMMUNE)
			.isPresent();
	}

	/** The unit's name today (or its successor's); the code itself when the map does not know it. */
	public String name(String code) {
		LocalDate today = LocalDate.now(clock);
		return Optional.ofNullable(code)
			.flatMap(c -> map.unit(c, today).or(() -> map.successor(c, today)))
			.map(AdminUnitView::name)
			.orElse(code);
	}
}
