package vn.gov.cantho.egov.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;

/**
 * The wards and communes a reporter or an operator can choose, as the administrative map stands today (so a merged
 * ward is offered under the name of the ward that took it over), in Vietnamese alphabetical order.
 */
@Component
class FeedbackWards {

	private final AdministrativeMap map;
	private final Clock clock;

	FeedbackWards(AdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	/** Every ward and commune on today's map, in Vietnamese alphabetical order. */
	List<AdminUnitView> wards() {
		return map.communes(LocalDate.now(clock));
	}

	/** Whether {@code code} is a ward or commune that can be chosen today. */
	boolean isWard(String code) {
		return code != null && map.unit(code, LocalDate.now(clock)).filter(u -> u.level() == UnitLevel.COMMUNE)
			.isPresent();
	}
}
