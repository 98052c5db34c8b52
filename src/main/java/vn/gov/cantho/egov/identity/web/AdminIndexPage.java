package vn.gov.cantho.egov.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration console's start page, linking to the pages each module contributes. */
@Controller
class AdminIndexPage {

	@GetMapping("/quan-tri")
	@PreAuthorize("hasAuthority('ADMIN_CONSOLE')")
	String index() {
		return "identity/admin-index";
	}
}
