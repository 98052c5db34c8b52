package vn.gov.cantho.egov.identity.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.identity.domain.CitizenRegistration;

/**
 * Registration for apps. Rules as on the page; the first broken one is returned as a problem detail with its code and
 * field (422 for invalid input, 409 for a taken username or an ID number already registered).
 */
@RestController
class CitizenRegistrationApi {

	private final AccountService accounts;

	CitizenRegistrationApi(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/accounts/citizens")
	ResponseEntity<Registered> register(@RequestBody Request request) {
		String username = accounts.registerCitizen(new CitizenRegistration(request.fullName(), request.idNumber(),
				request.phone(), request.email(), request.username(), request.password(), null));
		return ResponseEntity.created(URI.create("/api/v1/me")).body(new Registered(username, AccountKind.CITIZEN));
	}

	/** The JSON a client sends; confirming the password twice is the client's business. */
	record Request(String fullName, String idNumber, String phone, String email, String username, String password) {

		@Override
		public String toString() {
			return "Request[" + username + "]";
		}
	}

	record Registered(String username, AccountKind kind) {
	}
}
