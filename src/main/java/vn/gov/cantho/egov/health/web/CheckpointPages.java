package vn.gov.cantho.egov.health.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.VenueSign;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The checkpoint: staff choose the venue (its code typed, its poster scanned, or from the list of venues they may
 * see), then scan people's codes on a page made for speed: the camera (read in the browser, or frame by frame by the
 * server when the browser cannot), a field that keeps focus for keyboard-wedge scanners, and a form for someone
 * without a phone. With JavaScript each scan is posted in the background and answered with the result alone; without
 * it, the form posts and the page comes back with the result.
 */
@Controller
@RequestMapping("/chot-kiem-soat")
class CheckpointPages {

	/** Header the page's script sends to get the result alone instead of the whole page. */
	static final String FRAGMENT_HEADER = "X-Health-Scan";
	static final int VENUE_CHOICES = 200;

	private final Venues venues;
	private final HealthCodes codes;
	private final Checkpoint checkpoint;
	private final HealthActors actors;
	private final QrImages qr;
	private final HealthWebProperties properties;

	CheckpointPages(Venues venues, HealthCodes codes, Checkpoint checkpoint, HealthActors actors, QrImages qr,
			HealthWebProperties properties) {
		this.venues = venues;
		this.codes = codes;
		this.checkpoint = checkpoint;
		this.actors = actors;
		this.qr = qr;
		this.properties = properties;
	}

	@GetMapping
	String choose(Model model) {
		model.addAttribute("venues", venues.list(actors.actor(), VENUE_CHOICES)
			.stream()
			.filter(VenueView::active)
			.sorted((a, b) -> Boolean.compare(b.type() == VenueType.CHECKPOINT, a.type() == VenueType.CHECKPOINT))
			.toList());
		return "health/web/checkpoint-choose";
	}

	@PostMapping
	String chosen(@RequestParam(defaultValue = "") String venue, Model model) {
		String text = venue.strip();
		try {
			if (text.isEmpty()) {
				throw BusinessException.invalid("health.web.venue-code-required", "venue");
			}
			// A scanned poster carries the signed code (verified); a typed one is the code printed under the QR.
			String code = text.contains("/") || text.contains(".") ? codes.verifyVenue(text) : text;
			VenueSign sign = venues.sign(code)
				.orElseThrow(() -> BusinessException.invalid("health.code-unknown", "venue"));
			return "redirect:/chot-kiem-soat/" + sign.code();
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			model.addAttribute("venueError", e.messageKey());
			model.addAttribute("typed", text);
			return choose(model);
		}
	}

	@GetMapping("/{venueCode}")
	String scanning(@PathVariable String venueCode, HttpSession session, Model model) {
		VenueSign venue = open(venueCode);
		model.addAttribute("venue", venue);
		model.addAttribute("scanId", UUID.randomUUID().toString());
		model.addAttribute("recent", RecentScans.of(session, venue.code())
			.stream()
			.limit(properties.recentScans())
			.toList());
		model.addAttribute("recentMax", properties.recentScans());
		return "health/web/checkpoint";
	}

	@PostMapping("/{venueCode}/quet")
	String scan(@PathVariable String venueCode, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) String scanId, HttpSession session,
			@RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment, Model model,
			RedirectAttributes redirect) {
		VenueSign venue = open(venueCode);
		ScanResult result = checkpoint.scan(actors.actor(), venue.code(), code, scanId, session);
		return answer(venue, result, fragment != null, model, redirect);
	}

	@PostMapping("/{venueCode}/cmnd")
	String idNumber(@PathVariable String venueCode, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String scanId, HttpSession session,
			@RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment, Model model,
			RedirectAttributes redirect) {
		VenueSign venue = open(venueCode);
		ScanResult result = checkpoint.idNumber(actors.actor(), venue.code(), idNumber, fullName, phone, scanId,
				session);
		return answer(venue, result, fragment != null, model, redirect);
	}

	/**
	 * The text of the QR code in one camera frame (JPEG or PNG, at most 2 MB and 2000 pixels a side), for browsers
	 * without a barcode reader of their own; {@code text} is null when the frame holds no readable code.
	 */
	@PostMapping("/giai-ma")
	ResponseEntity<Map<String, Object>> decode(HttpServletRequest request) throws IOException {
		byte[] frame = body(request);
		Map<String, Object> answer = new HashMap<>();
		answer.put("text", qr.read(frame).orElse(null));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore()).body(answer);
	}

	private String answer(VenueSign venue, ScanResult result, boolean fragment, Model model,
			RedirectAttributes redirect) {
		if (fragment) {
			model.addAttribute("result", result);
			return "health/web/checkpoint-parts :: result";
		}
		redirect.addFlashAttribute("result", result);
		return "redirect:/chot-kiem-soat/" + venue.code();
	}

	private VenueSign open(String venueCode) {
		return venues.sign(venueCode).orElseThrow(() -> BusinessException.notFound("health.code-unknown", "venue"));
	}

	/** The request body, refused past the frame limit without reading more than the limit. */
	private static byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > QrImages.MAX_FRAME_BYTES) {
			throw BusinessException.invalid("health.web.frame-too-large", "frame");
		}
		try (InputStream in = request.getInputStream()) {
			byte[] frame = in.readNBytes(QrImages.MAX_FRAME_BYTES + 1);
			if (frame.length > QrImages.MAX_FRAME_BYTES) {
				throw BusinessException.invalid("health.web.frame-too-large", "frame");
			}
			return frame;
		}
	}
}
