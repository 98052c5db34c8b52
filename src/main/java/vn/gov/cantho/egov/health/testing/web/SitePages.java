package vn.gov.cantho.egov.health.testing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.web.HealthWards;
import vn.gov.cantho.egov.health.testing.NewSite;
import vn.gov.cantho.egov.health.testing.SlotPlan;
import vn.gov.cantho.egov.health.testing.TestSite;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/** Test sites (HEALTH_TEST_MANAGE): the list and a new site; a site's slots on a day and a plan to generate more. */
@Controller
@RequestMapping("/xet-nghiem/diem")
@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
class SitePages {

	private final TestSites sites;
	private final HealthWards wards;
	private final CurrentActor actor;
	private final Clock clock;

	SitePages(TestSites sites, HealthWards wards, CurrentActor actor, Clock clock) {
		this.sites = sites;
		this.wards = wards;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("form") SiteForm form, Model model) {
		return listPage(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TestSite site = Forms.attempt(result, () -> sites.create(actor.current().orElseThrow(),
				new NewSite(form.getName(), form.getAddress(), form.getUnitCode())));
		if (site == null) {
			return listPage(model);
		}
		redirect.addFlashAttribute("createdSite", site.code());
		redirect.addAttribute("code", site.code());
		return "redirect:/xet-nghiem/diem/{code}";
	}

	@GetMapping("/{code}")
	String site(@PathVariable String code, @RequestParam(name = "ngay", required = false) String day,
			@ModelAttribute("plan") PlanForm plan, Model model) {
		LocalDate shown = day(day);
		if (plan.getDay() == null) {
			plan.setDay(shown.toString());
			plan.setFrom("07:30");
			plan.setUntil("11:30");
			plan.setEveryMinutes("30");
			plan.setCapacity("10");
		}
		return sitePage(code, shown, model);
	}

	@PostMapping("/{code}/khung-gio")
	String generate(@PathVariable String code, @ModelAttribute("plan") PlanForm plan, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Integer added = Forms.attempt(result, () -> sites.generate(actor.current().orElseThrow(), code,
				new SlotPlan(TestDisplay.parseDate(plan.getDay(), "day"), time(plan.getFrom(), "from"),
						time(plan.getUntil(), "until"), number(plan.getEveryMinutes()), number(plan.getCapacity()))));
		if (added == null) {
			return sitePage(code, day(plan.getDay()), model);
		}
		redirect.addFlashAttribute("addedSlots", added);
		redirect.addAttribute("ngay", plan.getDay());
		return "redirect:/xet-nghiem/diem/" + code;
	}

	private String listPage(Model model) {
		model.addAttribute("sites", sites.sites());
		model.addAttribute("wards", wards.wards());
		return "health/testing/sites";
	}

	private String sitePage(String code, LocalDate day, Model model) {
		TestSite site = sites.site(code)
			.orElseThrow(() -> BusinessException.notFound("health.testing.site-not-found", "code"));
		model.addAttribute("site", site);
		model.addAttribute("day", day);
		model.addAttribute("slots", sites.slots(site.code(), day));
		model.addAttribute("wardName", wards.name(site.unitCode()));
		return "health/testing/site";
	}

	private LocalDate day(String text) {
		try {
			LocalDate parsed = TestDisplay.parseDate(text, "day");
			return parsed == null ? LocalDate.now(clock.withZone(TestDisplay.VIETNAM)) : parsed;
		}
		catch (BusinessException e) {
			return LocalDate.now(clock.withZone(TestDisplay.VIETNAM));
		}
	}

	private static LocalTime time(String text, String field) {
		try {
			return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw BusinessException.invalid("health.testing.hours-invalid", field);
		}
	}

	private static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
