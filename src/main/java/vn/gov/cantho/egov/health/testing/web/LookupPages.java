package vn.gov.cantho.egov.health.testing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.cantho.egov.health.testing.LookupRefused;
import vn.gov.cantho.egov.health.testing.RegistrationView;
import vn.gov.cantho.egov.health.testing.ResultLookup;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * Anyone reads a result with the registration code and the date of birth, posted (never in the address). The result
 * is shown in the answer to the post itself, not kept in the session, and never cached. A wrong date and an unknown
 * code get the same message.
 */
@Controller
@RequestMapping("/xet-nghiem/tra-cuu")
class LookupPages {

	private final ResultLookup lookup;

	LookupPages(ResultLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping
	String form(@ModelAttribute("form") LookupForm form) {
		return "health/testing/lookup";
	}

	@PostMapping
	String lookup(@ModelAttribute("form") LookupForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		try {
			RegistrationView found = lookup.lookup(form.getCode(),
					TestDisplay.parseDate(form.getDateOfBirth(), "dateOfBirth"), request.getRemoteAddr());
			model.addAttribute("found", found);
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			if (e instanceof LookupRefused refused) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
			}
			FormErrors.reject(result, e);
		}
		return "health/testing/lookup";
	}
}
