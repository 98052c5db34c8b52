package vn.gov.cantho.egov.health.testing.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.testing.NewSite;
import vn.gov.cantho.egov.health.testing.SlotPlan;
import vn.gov.cantho.egov.health.testing.TestSite;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.health.testing.TestSlot;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/** Test sites and their time slots: read by anyone, created and planned by HEALTH_TEST_MANAGE. */
@RestController
@Tag(name = "Health tests: sites", description = "Điểm xét nghiệm và khung giờ lấy mẫu")
class TestSitesApi {

	private final TestSites sites;
	private final CurrentActor actor;

	TestSitesApi(TestSites sites, CurrentActor actor) {
		this.sites = sites;
		this.actor = actor;
	}

	@GetMapping(TestingApiAccessRules.BASE + "/sites")
	@Operation(summary = "Open test sites, by name")
	List<TestSite> sites() {
		return sites.sites();
	}

	@GetMapping(TestingApiAccessRules.BASE + "/sites/{code}/slots")
	@Operation(summary = "A site's slots on a day (Vietnam time), with capacity and places taken")
	List<TestSlot> slots(@Parameter(example = "DXN-7KQ3MD") @PathVariable String code,
			@Parameter(example = "2026-11-27") @RequestParam LocalDate date) {
		sites.site(code).orElseThrow(() -> BusinessException.notFound("health.testing.site-not-found", "code"));
		return sites.slots(code, date);
	}

	record SiteRequest(String name, String address, String unitCode) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/sites")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Create a test site",
			description = "Every broken rule at once: name, address, unitCode (a ward or commune of the map today).")
	ResponseEntity<TestSite> create(@RequestBody SiteRequest request) {
		TestSite site = sites.create(actor.current().orElse(null),
				new NewSite(request.name(), request.address(), request.unitCode()));
		return ResponseEntity.created(URI.create(TestingApiAccessRules.BASE + "/sites/" + site.code())).body(site);
	}

	record PlanRequest(LocalDate day, LocalTime from, LocalTime until, Integer everyMinutes, Integer capacity) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/sites/{code}/slots")
	@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
	@Operation(summary = "Generate a day's slots at a site",
			description = "One slot every everyMinutes (5 to 240) from 'from' until 'until' (local times, e.g. 07:30), "
					+ "each for capacity people (1 to 1000). Slots already there and slots already started are "
					+ "left out; the answer says how many were added.")
	Map<String, Integer> generate(@PathVariable String code, @RequestBody PlanRequest request) {
		int added = sites.generate(actor.current().orElse(null), code, new SlotPlan(request.day(), request.from(),
				request.until(), request.everyMinutes(), request.capacity()));
		return Map.of("added", added);
	}
}
