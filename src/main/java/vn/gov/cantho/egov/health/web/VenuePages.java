package vn.gov.cantho.egov.health.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * Venues on the web: an owner's own venues (every venue, newest first, for HEALTH_VENUE_MANAGE), the registration
 * form, a venue's page with its QR code, the QR as a PNG, the printable A4 poster, and closing a venue. Someone else's
 * venue or an unknown code is 404 alike, so codes cannot be probed.
 */
@Controller
@RequestMapping("/dia-diem")
class VenuePages {

	static final int LIST_LIMIT = 200;
	/** Pixels of the venue QR: about 300 dpi at 16 cm, so the printed poster stays sharp. */
	static final int VENUE_QR_PIXELS = 1800;

	private final Venues venues;
	private final HealthCodes codes;
	private final HealthWards wards;
	private final HealthActors actors;
	private final QrImages qr;
	private final HealthWebProperties properties;

	VenuePages(Venues venues, HealthCodes codes, HealthWards wards, HealthActors actors, QrImages qr,
			HealthWebProperties properties) {
		this.properties = properties;
		this.venues = venues;
		this.codes = codes;
		this.wards = wards;
		this.actors = actors;
		this.qr = qr;
	}

	@GetMapping
	String list(Model model) {
		Actor actor = actors.actor();
		model.addAttribute("venues", venues.list(actor, LIST_LIMIT));
		model.addAttribute("wards", wards);
		model.addAttribute("allVenues", actor.has(Permissions.HEALTH_VENUE_MANAGE));
		return "health/web/venues";
	}

	@GetMapping("/dang-ky")
	String form(@ModelAttribute("form") VenueForm form, Model model) {
		return formPage(model);
	}

	@PostMapping("/dang-ky")
	String register(@ModelAttribute("form") VenueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<BusinessException> problems = new ArrayList<>();
		VenueRegistration registration = VenueFormRules.read(form, wards, problems);
		if (!problems.isEmpty()) {
			FormErrors.reject(result, problems);
			return formPage(model);
		}
		try {
			VenueView venue = venues.register(actors.actor(), registration);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/dia-diem/" + venue.code();
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			FormErrors.reject(result, e);
			return formPage(model);
		}
	}

	@GetMapping("/{code}")
	String venue(@PathVariable String code, Model model) {
		VenueView venue = visible(code);
		model.addAttribute("venue", venue);
		model.addAttribute("wardName", wards.name(venue.unitCode()));
		return "health/web/venue";
	}

	@GetMapping(value = "/{code}/ma-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrPng(@PathVariable String code) {
		VenueView venue = visible(code);
		if (!venue.active()) {
			throw BusinessException.conflict("health.web.venue-closed", null);
		}
		byte[] png = qr.png(codes.venueQr(venue.code()), ErrorCorrectionLevel.Q, VENUE_QR_PIXELS);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("Content-Disposition", "inline; filename=\"qr-" + venue.code() + ".png\"")
			.body(png);
	}

	@GetMapping("/{code}/ap-phich")
	String poster(@PathVariable String code, Model model) {
		VenueView venue = visible(code);
		if (!venue.active()) {
			throw BusinessException.conflict("health.web.venue-closed", null);
		}
		model.addAttribute("venue", venue);
		model.addAttribute("wardName", wards.name(venue.unitCode()));
		model.addAttribute("qrText", codes.venueQr(venue.code()));
		model.addAttribute("retentionDays", properties.retentionDays());
		return "health/web/poster";
	}

	@PostMapping("/{code}/dong")
	String close(@PathVariable String code, RedirectAttributes redirect) {
		VenueView venue = visible(code);
		if (venue.active()) {
			venues.close(actors.actor(), venue.code());
		}
		redirect.addFlashAttribute("closed", true);
		return "redirect:/dia-diem/" + venue.code();
	}

	private VenueView visible(String code) {
		return venues.find(actors.actor(), code)
			.orElseThrow(() -> BusinessException.notFound("health.web.venue-not-found", "code"));
	}

	private String formPage(Model model) {
		model.addAttribute("wardList", wards.wards());
		model.addAttribute("types", Arrays.asList(VenueType.values()));
		return "health/web/register";
	}
}
