package vn.gov.cantho.egov.health.testing.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.testing.NewRegistration;
import vn.gov.cantho.egov.health.testing.RegistrationView;
import vn.gov.cantho.egov.health.testing.Registrations;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.identity.CurrentActor;

/** A citizen's own test registrations (HEALTH_DECLARE): register in a free slot, list them with results, cancel. */
@RestController
@Tag(name = "Health tests: registrations", description = "Đăng ký xét nghiệm của công dân")
@PreAuthorize("hasAuthority('HEALTH_DECLARE')")
class TestRegistrationsApi {

	private final Registrations registrations;
	private final CurrentActor actor;

	TestRegistrationsApi(Registrations registrations, CurrentActor actor) {
		this.registrations = registrations;
		this.actor = actor;
	}

	record RegistrationRequest(String siteCode, Instant slotStartsAt, TestReason reason, String fullName,
			LocalDate dateOfBirth, String phone, String email) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/registrations")
	@Operation(summary = "Register for a test in a slot",
			description = "slotStartsAt is the start of one of the site's slots (as listed). Every broken rule at once "
					+ "(siteCode, slotStartsAt, reason, fullName, dateOfBirth, phone, email); 409 "
					+ "health.testing.slot-full when the slot has no place left, health.testing.already-registered "
					+ "while another booking is open, health.testing.no-personal-code before a health declaration. "
					+ "The answer carries the registration code (XN-yyMMdd-XXXXXX) that reads the result.")
	ResponseEntity<RegistrationView> register(@RequestBody RegistrationRequest request) {
		RegistrationView view = registrations
			.register(actor.current().orElse(null), new NewRegistration(request.siteCode(), request.slotStartsAt(),
					request.reason(), request.fullName(), request.dateOfBirth(), request.phone(), request.email()))
			.forPerson(true);
		return ResponseEntity.created(URI.create(TestingApiAccessRules.BASE + "/registrations/" + view.code()))
			.body(view);
	}

	@GetMapping(TestingApiAccessRules.BASE + "/registrations/mine")
	@Operation(summary = "My registrations and results, newest first")
	List<RegistrationView> mine() {
		return registrations.mine(actor.current().orElse(null));
	}

	@PostMapping(TestingApiAccessRules.BASE + "/registrations/{code}/cancel")
	@Operation(summary = "Cancel my booking before its slot starts",
			description = "404 for someone else's code; 409 health.testing.cannot-cancel once sampled, cancelled or "
					+ "started.")
	RegistrationView cancel(@PathVariable String code) {
		return registrations.cancel(actor.current().orElse(null), code);
	}
}
