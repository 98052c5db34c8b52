package vn.gov.cantho.egov.health.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.VenueSign;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;

/**
 * The page a phone opens when it scans a venue's poster: the code is verified first (a forged, altered or expired code
 * gets the translated error page, for anyone), then an anonymous visitor logs in and comes back here. A citizen checks
 * in with a button and may check out later; both posts carry the form's idempotency key, so a second tap, a
 * resubmitted form or a reload shows the same check-in instead of adding one. A citizen who never declared is sent to
 * the declaration first and brought back.
 */
@Controller
@RequestMapping("/c/{token}")
class VenueCodePages {

	/** The device id of check-ins made on these pages; with the form key it makes a check-in idempotent. */
	static final String DEVICE = "web-self-scan";
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final HealthCodes codes;
	private final Venues venues;
	private final People people;
	private final CheckIns checkIns;
	private final HealthActors actors;
	private final Clock clock;
	private final RequestCache requestCache = new HttpSessionRequestCache();

	VenueCodePages(HealthCodes codes, Venues venues, People people, CheckIns checkIns, HealthActors actors,
			Clock clock) {
		this.codes = codes;
		this.venues = venues;
		this.people = people;
		this.checkIns = checkIns;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping
	String venue(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			HttpSession session, Model model) {
		String venueCode = codes.verifyVenue(token);
		// A closed venue's code is well signed: it is refused here, before any login, like a forged one.
		VenueSign venue = venues.sign(venueCode)
			.orElseThrow(() -> new HealthCodeRefused(HealthCodeRefused.UNKNOWN, "token"));
		if (!actors.loggedIn()) {
			// Brought back here by the login's success handler, which reads the same saved request.
			requestCache.saveRequest(request, response);
			return "redirect:/dang-nhap";
		}
		Actor actor = actors.actor();
		model.addAttribute("token", token);
		model.addAttribute("venue", venue);
		model.addAttribute("canCheckIn", actor.has(Permissions.HEALTH_DECLARE));
		model.addAttribute("key", UUID.randomUUID().toString());
		SelfCheckIns.open(session, token).ifPresent(open -> model.addAttribute("open", open));
		return "health/web/venue-code";
	}

	@PostMapping("/vao")
	String checkIn(@PathVariable String token, @RequestParam(defaultValue = "") String key, HttpSession session) {
		codes.verifyVenue(token);
		if (!KEY.matcher(key).matches()) {
			return "redirect:/c/" + token;
		}
		if (SelfCheckIns.find(session, key).isPresent()) {
			return confirmation(token, key);
		}
		Actor actor = actors.actor();
		Optional<PersonalCode> code = people.currentCode(actor);
		if (code.isEmpty()) {
			return "redirect:/khai-bao-y-te?tiep=/c/" + token;
		}
		CheckInReceipt receipt = checkIns.record(actor,
				new CheckInCommand(token, code.get().token(), null, null, CheckInSource.SELF_SCAN, DEVICE, key));
		SelfCheckIns.put(session, new SelfCheckIn(key, token, receipt.venueName(), receipt.id(),
				receipt.checkedInAt(), receipt.checkedOutAt()));
		return confirmation(token, key);
	}

	@GetMapping("/xac-nhan")
	String confirmed(@PathVariable String token, @RequestParam(name = "k", defaultValue = "") String key,
			HttpSession session, Model model) {
		codes.verifyVenue(token);
		Optional<SelfCheckIn> checkIn = SelfCheckIns.find(session, key).filter(c -> c.venueToken().equals(token));
		if (checkIn.isEmpty()) {
			return "redirect:/c/" + token;
		}
		model.addAttribute("token", token);
		model.addAttribute("checkIn", checkIn.get());
		return "health/web/checked-in";
	}

	@PostMapping("/ra")
	String checkOut(@PathVariable String token, @RequestParam(defaultValue = "") String key, HttpSession session) {
		codes.verifyVenue(token);
		Optional<SelfCheckIn> checkIn = SelfCheckIns.find(session, key).filter(c -> c.venueToken().equals(token));
		if (checkIn.isEmpty()) {
			return "redirect:/c/" + token;
		}
		if (checkIn.get().checkedOutAt() == null) {
			CheckInReceipt receipt = checkIns.checkOut(actors.actor(), checkIn.get().id(), checkIn.get().checkedInAt(),
					clock.instant());
			SelfCheckIns.put(session, checkIn.get().checkedOut(receipt.checkedOutAt()));
		}
		return confirmation(token, key);
	}

	private static String confirmation(String token, String key) {
		return "redirect:/c/" + token + "/xac-nhan?k=" + key;
	}
}
