package vn.gov.cantho.egov.health.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.HealthDeclaration;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.Symptom;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * A citizen's health declaration and personal QR code. The declaration asks for explicit consent (Decree 13/2023:
 * never ticked in advance, with the purpose and how long the data is kept written next to it); the consent is recorded
 * in the audit trail with the person's reference. The personal code page shows the QR, its expiry and its text, never
 * the ID number. A declaration made on the way to a venue's check-in goes back to that venue's page.
 */
@Controller
@RequestMapping("/khai-bao-y-te")
@EnableConfigurationProperties(HealthWebProperties.class)
class DeclarationPages {

	static final int MAX_TEXT = 500;
	/** Pixels of the personal QR: sharp on a phone screen and at 6 cm on paper. */
	static final int PERSONAL_QR_PIXELS = 720;
	private static final Pattern VENUE_PAGE = Pattern.compile("/c/[A-Za-z0-9._~-]{1,200}");

	private final People people;
	private final HealthActors actors;
	private final QrImages qr;
	private final AuditLog audit;
	private final HealthWebProperties properties;
	private final TransactionTemplate transactions;

	DeclarationPages(People people, HealthActors actors, QrImages qr, AuditLog audit, HealthWebProperties properties,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.people = people;
		this.actors = actors;
		this.qr = qr;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping
	String form(@ModelAttribute("form") DeclarationForm form, @RequestParam(name = "tiep", required = false) String next,
			Model model) {
		form.setNext(safeNext(next));
		return formPage(model);
	}

	@PostMapping
	String declare(@ModelAttribute("form") DeclarationForm form, BindingResult result, Model model) {
		List<BusinessException> problems = new ArrayList<>();
		HealthDeclaration declaration = read(form, problems);
		if (!problems.isEmpty()) {
			FormErrors.reject(result, problems);
			return formPage(model);
		}
		try {
			// The consent is recorded with the declaration it allowed, or not at all.
			transactions.executeWithoutResult(status -> {
				PersonalCode issued = people.declare(actors.actor(), declaration);
				audit.record("health.declaration.consented", issued.personRef());
			});
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			FormErrors.reject(result, e);
			return formPage(model);
		}
		String next = safeNext(form.getNext());
		return "redirect:" + (next != null ? next : "/khai-bao-y-te/ma-ca-nhan");
	}

	@GetMapping("/ma-ca-nhan")
	String personalCode(Model model) {
		return people.currentCode(actors.actor()).map(code -> {
			model.addAttribute("code", code);
			return "health/web/personal-code";
		}).orElse("redirect:/khai-bao-y-te");
	}

	@GetMapping(value = "/ma-ca-nhan.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> personalCodePng() {
		PersonalCode code = people.currentCode(actors.actor())
			.orElseThrow(() -> BusinessException.notFound("health.no-declaration", null));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(qr.png(code.token(), ErrorCorrectionLevel.Q, PERSONAL_QR_PIXELS));
	}

	private static HealthDeclaration read(DeclarationForm form, List<BusinessException> problems) {
		Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		for (String name : form.getSymptoms()) {
			Arrays.stream(Symptom.values()).filter(s -> s.name().equals(name)).findFirst().ifPresentOrElse(
					symptoms::add,
					() -> problems.add(BusinessException.invalid("health.web.symptom-unknown", "symptoms")));
		}
		Boolean contact = switch (form.getContactWithCase() == null ? "" : form.getContactWithCase()) {
			case "yes" -> true;
			case "no" -> false;
			default -> null;
		};
		if (contact == null) {
			problems.add(BusinessException.invalid("health.web.contact-required", "contactWithCase"));
		}
		String travel = VenueFormRules.trimmed(form.getTravel());
		String note = VenueFormRules.trimmed(form.getNote());
		if (travel != null && travel.length() > MAX_TEXT) {
			problems.add(BusinessException.invalid("health.web.too-long", "travel", MAX_TEXT));
		}
		if (note != null && note.length() > MAX_TEXT) {
			problems.add(BusinessException.invalid("health.web.too-long", "note", MAX_TEXT));
		}
		if (!form.isConsent()) {
			problems.add(BusinessException.invalid("health.web.consent-required", "consent"));
		}
		return new HealthDeclaration(symptoms, Boolean.TRUE.equals(contact), travel, note);
	}

	/** Only a venue's code page is a place to go back to: anything else would make this an open redirect. */
	static String safeNext(String next) {
		return next != null && VENUE_PAGE.matcher(next).matches() ? next : null;
	}

	private String formPage(Model model) {
		model.addAttribute("allSymptoms", Arrays.asList(Symptom.values()));
		model.addAttribute("retentionDays", properties.retentionDays());
		return "health/web/declare";
	}
}
