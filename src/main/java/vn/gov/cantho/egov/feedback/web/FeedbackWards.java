package vn.gov.cantho.egov.feedback.web;

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

/**
 * The wards and communes a reporter or an operator can choose, as the administrative map stands today (so a merged
 * ward is offered under the name of the ward that took it over), in Vietnamese alphabetical order.
 */
@Component
class FeedbackWards {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private final AdministrativeMap map;
	private final Clock clock;

	FeedbackWards(AdministrativeMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	/** Every commune-level unit below the top-level units, whatever the tiers in between on the day. */
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

	/** Whether {@code code} is a ward or commune that can be chosen today. */
	boolean isWard(String code) {
		return code != null && map.unit(code, LocalDate.now(clock)).filter(u -> u.level() == UnitLevel.COMMUNE)
			.isPresent();
	}
}
