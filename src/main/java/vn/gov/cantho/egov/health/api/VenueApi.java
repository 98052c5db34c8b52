package vn.gov.cantho.egov.health.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Venues and their QR codes. Owners (HEALTH_VENUE_REGISTER) see and close their own venues; officials with
 * HEALTH_VENUE_MANAGE see every venue. Someone else's venue answers 404, as an unknown one does.
 */
@RestController
@Tag(name = "Health venues", description = "Địa điểm và mã QR địa điểm")
class VenueApi {

	private final Venues venues;
	private final HealthCodes codes;
	private final Callers callers;

	VenueApi(Venues venues, HealthCodes codes, Callers callers) {
		this.venues = venues;
		this.codes = codes;
		this.callers = callers;
	}

	@PostMapping("/api/v1/health/venues")
	@PreAuthorize("hasAnyAuthority('HEALTH_VENUE_REGISTER', 'HEALTH_VENUE_MANAGE')")
	@Operation(summary = "Register a venue",
			description = "A null defaultStayMinutes or minOverlapMinutes takes the type's default. Every broken rule "
					+ "is reported at once (errors[]: name, address, unitCode (a ward or commune), type (checkpoints are "
					+ "for officials), defaultStayMinutes 5-1440, minOverlapMinutes 0-1440, ownerPhone).")
	ResponseEntity<VenueResponse> register(@RequestBody VenueRegistration registration) {
		VenueView view = venues.register(callers.actor(), registration);
		return ResponseEntity.created(URI.create("/api/v1/health/venues/" + view.code())).body(response(view));
	}

	@GetMapping("/api/v1/health/venues")
	@PreAuthorize("hasAnyAuthority('HEALTH_VENUE_REGISTER', 'HEALTH_VENUE_MANAGE')")
	@Operation(summary = "The caller's venues (every venue for HEALTH_VENUE_MANAGE), newest first")
	List<VenueResponse> list(@RequestParam(defaultValue = "100") int limit) {
		return venues.list(callers.actor(), limit).stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/health/venues/{code}")
	@PreAuthorize("hasAnyAuthority('HEALTH_VENUE_REGISTER', 'HEALTH_VENUE_MANAGE')")
	@Operation(summary = "One venue with the text of its QR code", description = "404 health.venue-not-found")
	VenueResponse venue(@PathVariable String code) {
		return venues.find(callers.actor(), code)
			.map(this::response)
			.orElseThrow(() -> BusinessException.notFound("health.venue-not-found", "code"));
	}

	@PostMapping("/api/v1/health/venues/{code}/close")
	@PreAuthorize("hasAnyAuthority('HEALTH_VENUE_REGISTER', 'HEALTH_VENUE_MANAGE')")
	@Operation(summary = "Close a venue: its code is refused from then on (health.code-unknown)")
	VenueResponse close(@PathVariable String code) {
		venues.close(callers.actor(), code);
		return venue(code);
	}

	private VenueResponse response(VenueView view) {
		return new VenueResponse(view, view.active() ? codes.venueQr(view.code()) : null);
	}

	/** A venue and the text of its QR code (null once closed). */
	record VenueResponse(String code, String name, String address, String unitCode, String type,
			int defaultStayMinutes, int minOverlapMinutes, boolean active, int keyVersion, String ownerAccount,
			java.time.Instant registeredAt, String qr) {

		VenueResponse(VenueView v, String qr) {
			this(v.code(), v.name(), v.address(), v.unitCode(), v.type().name(), v.defaultStayMinutes(),
					v.minOverlapMinutes(), v.active(), v.keyVersion(), v.ownerAccount(), v.registeredAt(), qr);
		}
	}
}
