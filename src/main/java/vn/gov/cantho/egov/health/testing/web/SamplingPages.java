package vn.gov.cantho.egov.health.testing.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.testing.Registration;
import vn.gov.cantho.egov.health.testing.Sampling;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.health.testing.WalkIn;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * Sample taking at a site (HEALTH_TEST_MANAGE), made for a keyboard-wedge scanner: the code field has the focus, the
 * scanner types the code and Enter. The person's registrations for today appear, each with a button that records its
 * sample; without one, the walk-in form records the person and the sample together. After a sample the page is ready
 * for the next person, with the sample code to write on the tube. The chosen site is kept in the forms.
 */
@Controller
@RequestMapping("/xet-nghiem/lay-mau")
@PreAuthorize("hasAuthority('HEALTH_TEST_MANAGE')")
class SamplingPages {

	private final Sampling sampling;
	private final TestSites sites;
	private final People people;
	private final CurrentActor actor;

	SamplingPages(Sampling sampling, TestSites sites, People people, CurrentActor actor) {
		this.sampling = sampling;
		this.sites = sites;
		this.people = people;
		this.actor = actor;
	}

	@GetMapping
	String form(@ModelAttribute("form") WalkInForm form, @RequestParam(name = "diem", required = false) String site,
			Model model) {
		if (form.getSiteCode() == null && site != null) {
			form.setSiteCode(site);
		}
		return page(model, null);
	}

	/**
	 * A scanned personal code; or, for someone without a phone, their ID number, which gives their personal code (the
	 * person is created when first seen, the number kept only as a keyed hash). One form and one button, so Enter in
	 * either field does the same.
	 */
	@PostMapping
	String scan(@ModelAttribute("form") WalkInForm form, BindingResult result, Model model) {
		Actor staff = actor.current().orElseThrow();
		if (blank(form.getPersonalCode()) && !blank(form.getIdNumber())) {
			PersonalCode code = Forms.attempt(result,
					() -> people.codeForIdNumber(staff, form.getIdNumber(), null, null));
			if (code == null) {
				return page(model, null);
			}
			form.setPersonalCode(code.token());
		}
		form.setIdNumber(null);
		return page(model, Forms.attempt(result, () -> sampling.scan(staff, form.getPersonalCode())));
	}

	@PostMapping("/mau")
	String sample(@ModelAttribute("form") WalkInForm form, BindingResult result,
			@RequestParam(defaultValue = "") String registrationCode, Model model, RedirectAttributes redirect) {
		Registration sampled = Forms.attempt(result, () -> sampling.sample(actor.current().orElseThrow(),
				form.getPersonalCode(), registrationCode, form.getSiteCode()));
		return done(sampled, form, result, model, redirect);
	}

	@PostMapping("/vang-lai")
	String walkIn(@ModelAttribute("form") WalkInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Registration sampled = Forms.attempt(result, () -> sampling.walkIn(actor.current().orElseThrow(),
				new WalkIn(form.getPersonalCode(), form.getSiteCode(), Forms.choice(TestReason.class, form.getReason()),
						form.getFullName(), TestDisplay.parseDate(form.getDateOfBirth(), "dateOfBirth"),
						form.getPhone(), form.getEmail())));
		return done(sampled, form, result, model, redirect);
	}

	private String done(Registration sampled, WalkInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (sampled == null) {
			// Show the person's registrations again when the code itself was good.
			Sampling.Scanned scanned = result.hasFieldErrors(Sampling.FIELD) ? null
					: Forms.attempt(result, () -> sampling.scan(actor.current().orElseThrow(), form.getPersonalCode()));
			return page(model, scanned);
		}
		redirect.addFlashAttribute("sampleCode", sampled.sampleCode());
		redirect.addFlashAttribute("sampledRegistration", sampled.code());
		redirect.addAttribute("diem", form.getSiteCode() == null ? sampled.sampleSiteCode() : form.getSiteCode());
		return "redirect:/xet-nghiem/lay-mau";
	}

	private String page(Model model, Sampling.Scanned scanned) {
		model.addAttribute("sites", sites.sites());
		model.addAttribute("reasons", TestReason.values());
		model.addAttribute("scanned", scanned);
		return "health/testing/sampling";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
