package vn.gov.cantho.egov.health.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;

/**
 * The officials' entry to outbreak response: a link to each area's pages that the official's permissions open, and
 * no other (a link that only leads to a refusal would be noise).
 */
@Controller
class OfficialsLanding {

	static final List<HealthArea> AREAS = List.of(
			new HealthArea("venues", "/dia-diem", Permissions.HEALTH_VENUE_MANAGE),
			new HealthArea("checkpoint", "/chot-kiem-soat", Permissions.HEALTH_CHECK_IN_STAFF),
			new HealthArea("cases", "/y-te/ca-benh", Permissions.HEALTH_TRACE),
			new HealthArea("tests", "/xet-nghiem", Permissions.HEALTH_TEST_MANAGE),
			new HealthArea("figures", "/y-te/so-lieu", Permissions.HEALTH_STATS),
			new HealthArea("retention", "/y-te/du-lieu-luu-giu", Permissions.HEALTH_STATS));

	private final HealthActors actors;

	OfficialsLanding(HealthActors actors) {
		this.actors = actors;
	}

	@GetMapping("/y-te")
	String landing(Model model) {
		Actor actor = actors.actor();
		model.addAttribute("areas", AREAS.stream().filter(area -> actor.has(area.permission())).toList());
		return "health/web/landing";
	}
}
