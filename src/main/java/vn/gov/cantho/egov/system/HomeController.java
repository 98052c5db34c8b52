package vn.gov.cantho.egov.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front door: what the platform offers and where to start. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
