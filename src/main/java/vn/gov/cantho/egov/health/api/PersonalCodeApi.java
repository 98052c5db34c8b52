package vn.gov.cantho.egov.health.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.HealthCodes.KeyPurpose;
import vn.gov.cantho.egov.health.HealthDeclaration;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Health declarations and personal codes: a citizen declares and gets a signed code; staff get the code of someone
 * without a phone from their ID number (sent in the body, never in a URL that lands in access logs); officials with
 * HEALTH_VENUE_MANAGE rotate and retire the signing keys.
 */
@RestController
@Tag(name = "Health declarations and codes", description = "Khai báo y tế, mã QR cá nhân, khóa ký")
class PersonalCodeApi {

	private final People people;
	private final HealthCodes codes;
	private final Callers callers;

	PersonalCodeApi(People people, HealthCodes codes, Callers callers) {
		this.people = people;
		this.codes = codes;
		this.callers = callers;
	}

	@PostMapping("/api/v1/health/declarations")
	@PreAuthorize("hasAuthority('HEALTH_DECLARE')")
	@Operation(summary = "Make one's health declaration; answers one's personal code",
			description = "symptoms among FEVER, COUGH, SHORTNESS_OF_BREATH, SORE_THROAT, LOSS_OF_TASTE_OR_SMELL, "
					+ "FATIGUE, MUSCLE_PAIN, DIARRHOEA; travel and note at most 500 characters.")
	ResponseEntity<PersonalCode> declare(@RequestBody HealthDeclaration declaration) {
		PersonalCode code = people.declare(callers.actor(), declaration);
		return ResponseEntity.created(URI.create("/api/v1/health/codes/me")).body(code);
	}

	@GetMapping("/api/v1/health/codes/me")
	@PreAuthorize("hasAuthority('HEALTH_DECLARE')")
	@Operation(summary = "One's current personal code", description = "404 health.no-declaration before any declaration")
	PersonalCode mine() {
		return people.currentCode(callers.actor())
			.orElseThrow(() -> BusinessException.notFound("health.no-declaration", null));
	}

	@PostMapping("/api/v1/health/codes/lookup")
	@PreAuthorize("hasAuthority('HEALTH_CHECK_IN_STAFF')")
	@Operation(summary = "The personal code of someone without a phone, from their ID number (staff)",
			description = "The person is created when first seen; only a keyed hash and the last four digits of the "
					+ "number are kept. 422 identity.invalid-id-number, health.phone-invalid.")
	PersonalCode lookup(@RequestBody IdNumberLookup lookup) {
		return people.codeForIdNumber(callers.actor(), lookup.idNumber(), lookup.fullName(), lookup.phone());
	}

	@PostMapping("/api/v1/health/codes/keys/{purpose}/rotate")
	@PreAuthorize("hasAuthority('HEALTH_VENUE_MANAGE')")
	@Operation(summary = "Make a new signing key current (VENUE or PERSON)",
			description = "Codes signed with older keys stay valid until those are retired.")
	KeyVersion rotate(@PathVariable String purpose) {
		KeyPurpose p = purpose(purpose);
		return new KeyVersion(p.name(), codes.rotate(p));
	}

	@PostMapping("/api/v1/health/codes/keys/{purpose}/{version}/retire")
	@PreAuthorize("hasAuthority('HEALTH_VENUE_MANAGE')")
	@Operation(summary = "Retire an older signing key: its codes are refused as expired",
			description = "409 health.key-current for the current key; 404 health.key-unknown.")
	KeyVersion retire(@PathVariable String purpose, @PathVariable int version) {
		KeyPurpose p = purpose(purpose);
		codes.retire(p, version);
		return new KeyVersion(p.name(), version);
	}

	private static KeyPurpose purpose(String text) {
		try {
			return KeyPurpose.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw BusinessException.notFound("health.key-purpose-unknown", "purpose");
		}
	}

	record IdNumberLookup(String idNumber, String fullName, String phone) {

		@Override
		public String toString() {
			return "IdNumberLookup[...]"; // never the ID number in a log line
		}
	}

	record KeyVersion(String purpose, int version) {
	}
}
