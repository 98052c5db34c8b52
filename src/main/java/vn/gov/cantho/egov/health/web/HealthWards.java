package vn.gov.cantho.egov.health.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

	private final AdministrativeMap map;
	private final Clock clock;

	HealthWards(AdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	/** Every ward and commune on today's map, in Vietnamese alphabetical order. */
	public List<AdminUnitView> wards() {
		return map.communes(LocalDate.now(clock));
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
