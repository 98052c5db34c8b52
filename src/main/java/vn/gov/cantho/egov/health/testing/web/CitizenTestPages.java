package vn.gov.cantho.egov.health.testing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.testing.NewRegistration;
import vn.gov.cantho.egov.health.testing.Registration;
import vn.gov.cantho.egov.health.testing.Registrations;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The citizen's side: their registrations and results ({@code /xet-nghiem}), registering in a free slot (the site and
 * day are chosen first, which lists the day's slots with their free places; it works without JavaScript) and
 * cancelling a booking before its slot.
 */
@Controller
@RequestMapping("/xet-nghiem")
@PreAuthorize("hasAuthority('HEALTH_DECLARE')")
class CitizenTestPages {

	static final String REGISTERED = "registeredCode";

	private final Registrations registrations;
	private final TestSites sites;
	private final People people;
	private final CurrentActor actor;
	private final AccountDirectory accounts;
	private final Clock clock;

	CitizenTestPages(Registrations registrations, TestSites sites, People people, CurrentActor actor,
			AccountDirectory accounts, Clock clock) {
		this.registrations = registrations;
		this.sites = sites;
		this.people = people;
		this.actor = actor;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String mine(Model model) {
		Actor citizen = actor.current().orElseThrow();
		model.addAttribute("registrations", registrations.mine(citizen));
		model.addAttribute("hasPersonalCode", people.currentCode(citizen).isPresent());
		return "health/testing/mine";
	}

	@GetMapping("/dang-ky")
	String form(@ModelAttribute("form") RegistrationForm form, Model model) {
		Actor citizen = actor.current().orElseThrow();
		if (form.getFullName() == null) {
			accounts.account(citizen.username()).ifPresent(account -> {
				form.setFullName(account.fullName());
				form.setPhone(account.phone());
				form.setEmail(account.email());
			});
		}
		return page(form, model);
	}

	@PostMapping("/dang-ky")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Registration registered = Forms.attempt(result, () -> registrations.register(actor.current().orElseThrow(),
				new NewRegistration(form.getSiteCode(), TestDisplay.parseInstant(form.getSlotStartsAt(), "slotStartsAt"),
						Forms.choice(TestReason.class, form.getReason()), form.getFullName(),
						TestDisplay.parseDate(form.getDateOfBirth(), "dateOfBirth"), form.getPhone(),
						form.getEmail())));
		if (registered == null) {
			return page(form, model);
		}
		redirect.addFlashAttribute(REGISTERED, registered.code());
		return "redirect:/xet-nghiem";
	}

	@PostMapping("/{code}/huy")
	String cancel(@PathVariable String code, RedirectAttributes redirect) {
		try {
			registrations.cancel(actor.current().orElseThrow(), code);
			redirect.addFlashAttribute("cancelledCode", code);
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			redirect.addFlashAttribute("problem", e.messageKey());
		}
		return "redirect:/xet-nghiem";
	}

	private String page(RegistrationForm form, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(TestDisplay.VIETNAM));
		LocalDate day = today;
		try {
			LocalDate chosen = TestDisplay.parseDate(form.getDay(), "day");
			day = chosen == null || chosen.isBefore(today) ? today : chosen;
		}
		catch (BusinessException e) {
			form.setDay(null);
		}
		form.setDay(day.toString());
		model.addAttribute("sites", sites.sites());
		model.addAttribute("reasons", TestReason.values());
		model.addAttribute("today", today.toString());
		boolean siteChosen = form.getSiteCode() != null && sites.site(form.getSiteCode()).isPresent();
		model.addAttribute("slots", siteChosen ? sites.slots(form.getSiteCode(), day) : List.of());
		model.addAttribute("siteChosen", siteChosen);
		model.addAttribute("now", clock.instant());
		return "health/testing/register";
	}
}
