package vn.gov.cantho.egov.health.testing.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.testing.LookupRefused;
import vn.gov.cantho.egov.health.testing.RegistrationView;
import vn.gov.cantho.egov.health.testing.ResultLookup;

/** The public result lookup: registration code and date of birth in the body, never in the address. */
@RestController
@Tag(name = "Health tests: result lookup", description = "Tra cứu kết quả xét nghiệm bằng mã đăng ký và ngày sinh")
class TestResultLookupApi {

	private final ResultLookup lookup;

	TestResultLookupApi(ResultLookup lookup) {
		this.lookup = lookup;
	}

	record LookupRequest(String code, LocalDate dateOfBirth) {
	}

	@PostMapping(TestingApiAccessRules.BASE + "/lookup")
	@Operation(summary = "Read a result with the registration code and the date of birth",
			description = "404 health.testing.lookup-not-found for an unknown code and for a wrong date of birth "
					+ "alike. 429 health.testing.too-many-lookups with Retry-After past the limit per address or "
					+ "per code.")
	RegistrationView lookup(@RequestBody LookupRequest request, HttpServletRequest http,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		try {
			return lookup.lookup(request.code(), request.dateOfBirth(), http.getRemoteAddr());
		}
		catch (LookupRefused e) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
			throw e;
		}
	}
}
